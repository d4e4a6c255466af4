package io.segsync.core.change;

/** Qlik's change operations: {@code header__change_oper} and its spelled-out {@code header__operation}. */
public enum ChangeOperation {
    INSERT("I"),
    UPDATE("U"),
    DELETE("D"),
    BEFOREIMAGE("B");

    private final String code;

    ChangeOperation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
