package org.diac.mapper.plan;

import java.util.Collection;

/** A plan was asked for an operator that the instance model does not know. */
public class UnknownOperatorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownOperatorException(String operator, Collection<String> known) {
        super("no operator named '" + operator + "' in the instance model; its operators are: "
                + (known.isEmpty() ? "(none)" : String.join(", ", known)));
    }
}
