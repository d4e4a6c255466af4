package io.segsync.target.files;

/** The file formats of the data-lake target. */
public enum FileFormat {
    PARQUET("parquet", "parquet"),
    JSONL("json", "jsonl");

    private final String duckdbFormat;
    private final String extension;

    FileFormat(String duckdbFormat, String extension) {
        this.duckdbFormat = duckdbFormat;
        this.extension = extension;
    }

    String duckdbFormat() {
        return duckdbFormat;
    }

    public String extension() {
        return extension;
    }
}
