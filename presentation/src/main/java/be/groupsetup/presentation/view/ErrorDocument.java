package be.groupsetup.presentation.view;

/** What a client that asked for JSON gets when a request fails before any result: the exit status and the message. */
public record ErrorDocument(Failure error) {

    public record Failure(int status, String message) {
    }

    public static ErrorDocument of(int status, String message) {
        return new ErrorDocument(new Failure(status, message));
    }
}
