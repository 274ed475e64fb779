package vn.antq.privacy;

/**
 * A person's name reduced to what still tells one award's recipients apart without naming the person:
 * the initials of the family and middle names and the given name in full ("Nguyễn Văn An" becomes
 * "N. V. An"). A name of one word stays as it is.
 */
public final class ReducedName {

    private ReducedName() {
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return name.strip();
        }
        StringBuilder reduced = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            reduced.appendCodePoint(Character.toUpperCase(words[i].codePointAt(0))).append(". ");
        }
        return reduced.append(words[words.length - 1]).toString();
    }
}
