package th.ita.web;

import java.util.Locale;

/** File names as browsers send them, made safe to create in the inbox: no folders, no control or reserved characters. */
final class UploadNames {

    static final int MAX_LENGTH = 150;

    private UploadNames() {
    }

    static String sanitized(String sent) {
        String name = sent == null ? "" : sent;
        // Windows browsers used to send the whole path; only the last part is the file's name
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*\\u200B\\uFEFF]", "").strip();
        // a leading dot would hide the file from the inbox; "~$" marks Office lock files, which the inbox ignores
        name = name.replaceFirst("^[.~$\\s]+", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name.isEmpty() || name.toLowerCase(Locale.ROOT).matches("\\.+") ? "upload" : name;
    }
}
