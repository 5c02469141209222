package io.csiloop.rest;

import io.csiloop.kernel.RecordChecks;

/**
 * The i18n keys of the REST API's own messages, in the "REST API" section of {@code i18n/csiloop.properties}, and
 * the shared field checks' keys it uses as they are ({@link RecordChecks}).
 */
final class Keys {

    static final String INVALID = "csiloop.rest.error.invalid";
    static final String UNAUTHORIZED = "csiloop.rest.error.unauthorized";
    static final String MAY_NOT_BROWSE = "csiloop.rest.error.mayNotBrowse";
    static final String MAY_NOT_EDIT = "csiloop.rest.error.mayNotEdit";
    static final String MAY_NOT_ADMINISTER = "csiloop.rest.error.mayNotAdminister";
    static final String MAY_NOT_ADMINISTER_JIRA = "csiloop.rest.error.mayNotAdministerJira";
    static final String XSRF = "csiloop.rest.error.xsrf";
    static final String NOT_FOUND = "csiloop.rest.error.notFound";
    static final String NO_SUCH_RESOURCE = "csiloop.rest.error.noSuchResource";
    static final String METHOD_NOT_ALLOWED = "csiloop.rest.error.methodNotAllowed";
    static final String UNSUPPORTED_TYPE = "csiloop.rest.error.unsupportedType";
    static final String NOT_ACCEPTABLE = "csiloop.rest.error.notAcceptable";
    static final String CONFLICT = "csiloop.rest.error.conflict";
    static final String PACK_NOT_DUE = "csiloop.rest.error.packNotDue";
    static final String DUPLICATE_REBASE = "csiloop.rest.error.duplicateRebase";
    static final String TOO_LARGE = "csiloop.rest.error.tooLarge";
    static final String BAD_REQUEST = "csiloop.rest.error.badRequest";
    static final String INTERNAL = "csiloop.rest.error.internal";

    static final String MEDIA_TYPE = "csiloop.rest.error.mediaType";
    static final String BODY_REQUIRED = "csiloop.rest.error.bodyRequired";
    static final String MALFORMED_JSON = "csiloop.rest.error.malformedJson";
    static final String UNKNOWN_FIELD = "csiloop.rest.error.unknownField";
    static final String EXPECTED_NUMBER = "csiloop.rest.error.expected.number";
    static final String EXPECTED_WHOLE_NUMBER = "csiloop.rest.error.expected.wholeNumber";
    static final String EXPECTED_TEXT = "csiloop.rest.error.expected.text";
    static final String EXPECTED_BOOLEAN = "csiloop.rest.error.expected.boolean";
    static final String EXPECTED_LIST = "csiloop.rest.error.expected.list";
    static final String EXPECTED_OBJECT = "csiloop.rest.error.expected.object";
    static final String ONE_OF = "csiloop.rest.error.oneOf";
    static final String OUT_OF_RANGE = "csiloop.rest.error.outOfRange";
    static final String STRICTLY_BETWEEN = "csiloop.rest.error.strictlyBetween";
    static final String NUMBER_TOO_LONG = "csiloop.rest.error.numberTooLong";
    static final String REQUIRED = RecordChecks.REQUIRED;
    static final String NOT_FINITE = RecordChecks.NOT_FINITE;
    static final String TOO_LONG = RecordChecks.TOO_LONG;
    static final String INSTANT = "csiloop.rest.error.instant";
    static final String ZONE = "csiloop.rest.error.zone";
    static final String RANGE_INVERTED = "csiloop.rest.error.rangeInverted";
    static final String RANGE_TOO_LONG = "csiloop.rest.error.rangeTooLong";
    static final String TOO_MANY = "csiloop.rest.error.tooMany";
    static final String CSV_HEADER = "csiloop.rest.error.csv.header";
    static final String CSV_UNKNOWN_COLUMN = "csiloop.rest.error.csv.unknownColumn";
    static final String CSV_DUPLICATE_COLUMN = "csiloop.rest.error.csv.duplicateColumn";
    static final String CSV_MISSING_COLUMN = "csiloop.rest.error.csv.missingColumn";
    static final String CSV_BROKEN_LINE = "csiloop.rest.error.csv.brokenLine";
    static final String CSV_COLUMNS = "csiloop.rest.error.csv.columns";
    static final String CSV_MORE_ERRORS = "csiloop.rest.error.csv.moreErrors";
    static final String CSV_ENCODING = "csiloop.rest.error.csv.encoding";
    static final String NEEDS_BOTH_WINDOWS = "csiloop.rest.error.needsBothWindows";
    static final String SETUP_BLOCKED = "csiloop.rest.error.setupBlocked";
    static final String SETUP_SHARED = "csiloop.rest.error.setupShared";
    static final String SETUP_NOT_INSTALLED = "csiloop.rest.error.setupNotInstalled";
    static final String UNKNOWN_IMPROVEMENT = "csiloop.rest.error.unknownImprovement";
    static final String DUPLICATE_KEY = "csiloop.rest.error.duplicateKey";

    private Keys() {
    }
}
