package be.groupsetup.adapters.web;

import be.groupsetup.presentation.sheet.SheetRenderer;


/**
 * The printable sheet in a page whose Content-Security-Policy forbids inline style. The sheet's HTML template keeps
 * its {@code <style>} block (the shell writes a sheet that stands alone, byte for byte its golden file); here that
 * block is served as a file, {@link #PATH}, read from the presentation's template itself, and the sheet page links to
 * it instead: the style stays written once.
 */
final class SheetStyle {

    static final String PATH = "/sheet.css";
    private static final String TEMPLATE = "/be/groupsetup/presentation/sheet/sheet.html.mustache";
    private static final String OPEN = "<style>\n";
    private static final String CLOSE = "</style>\n";

    private final String css;

    SheetStyle() {
        this(template());
    }

    SheetStyle(String template) {
        this.css = template.substring(start(template) + OPEN.length(), template.indexOf(CLOSE));
    }

    String css() {
        return css;
    }

    /** The rendered sheet with its style block replaced by a link to {@link #PATH}. */
    String linked(String sheet) {
        int start = start(sheet);
        int end = sheet.indexOf(CLOSE, start) + CLOSE.length();
        return sheet.substring(0, start) + "<link rel=\"stylesheet\" href=\"" + PATH + "\">\n" + sheet.substring(end);
    }

    private static int start(String html) {
        int start = html.indexOf(OPEN);
        if (start < 0 || html.indexOf(CLOSE, start) < 0) {
            throw new IllegalStateException("the sheet's HTML has no style block where one was expected");
        }
        return start;
    }

    private static String template() {
        return Pages.resourceText(TEMPLATE);
    }
}
