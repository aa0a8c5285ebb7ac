package dev.vigie.source.drive;

/** Small Drive error bodies of each shape, written here so the behaviour is tested without ../shared. */
public final class ErrorBodies {

    public static final String UNAUTHORISED = """
            {"error": {"errors": [{"domain": "global", "reason": "authError", "message": "Invalid Credentials",
              "locationType": "header", "location": "Authorization"}], "code": 401, "message": "Invalid Credentials"}}
            """;
    public static final String NOT_FOUND = """
            {"error": {"errors": [{"domain": "global", "reason": "notFound", "message": "File not found: x.",
              "locationType": "parameter", "location": "fileId"}], "code": 404, "message": "File not found: x."}}
            """;
    public static final String RATE_LIMIT = """
            {"error": {"errors": [{"domain": "usageLimits", "reason": "rateLimitExceeded",
              "message": "Rate Limit Exceeded"}], "code": 403, "message": "Rate Limit Exceeded"}}
            """;
    public static final String USER_RATE_LIMIT = """
            {"error": {"errors": [{"domain": "usageLimits", "reason": "userRateLimitExceeded",
              "message": "User Rate Limit Exceeded"}], "code": 403, "message": "User Rate Limit Exceeded"}}
            """;
    public static final String PERMISSION_DENIED = """
            {"error": {"code": 403, "message": "Request had insufficient authentication scopes.",
              "status": "PERMISSION_DENIED"}}
            """;
    public static final String HTML_429 = """
            <html><head><title>Sorry...</title></head><body><h1>We're sorry...</h1>
            <p>... but your computer or network may be sending automated queries.</p></body></html>
            """;
    public static final String SERVER_ERROR = """
            {"error": {"errors": [{"domain": "global", "reason": "backendError", "message": "Backend Error"}],
              "code": 503, "message": "Backend Error"}}
            """;

    private ErrorBodies() {
    }
}
