package io.segsync.core.catalog;

/**
 * How a child stream is read once per parent row.
 *
 * @param parentStream the stream whose rows drive the reads
 * @param parentField  the parent record's field that identifies it (usually {@code id})
 * @param pathParam    the path parameter of the child operation that takes it
 * @param column       the child table's column that carries it (part of the child's primary key)
 */
public record ParentBinding(String parentStream, String parentField, String pathParam, String column) {}
