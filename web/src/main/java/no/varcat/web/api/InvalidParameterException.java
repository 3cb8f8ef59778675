package no.varcat.web.api;

import java.util.List;

/** One or more request parameters the API cannot use; answered 400 with each one named. */
class InvalidParameterException extends RuntimeException {

    private final List<InvalidParam> params;

    InvalidParameterException(List<InvalidParam> params) {
        super(params.isEmpty() ? "Invalid parameters" : params.get(0).name() + ": " + params.get(0).reason());
        this.params = List.copyOf(params);
    }

    InvalidParameterException(String name, String reason) {
        this(List.of(new InvalidParam(name, reason)));
    }

    List<InvalidParam> params() {
        return params;
    }
}
