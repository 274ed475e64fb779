package vn.antq.privacy;

/**
 * A person's name reduced to what still tells one award's recipients apart without naming the person:
 * the initials of the family and middle names and the given name in full ("Nguyễn Văn An" becomes
 * "N. V. An"). A name of one word stays as it is. A note in parentheses after the name, such as the demo
 * data's "(tên minh họa)", names nobody and is kept as written.
 */
public final class ReducedName {

    private ReducedName() {
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String stripped = name.strip();
        int note = stripped.indexOf('(');
        String person = (note < 0 ? stripped : stripped.substring(0, note)).strip();
        String suffix = note < 0 ? "" : " " + stripped.substring(note);
        String[] words = person.split("\\s+");
        if (words.length < 2) {
            return stripped;
        }
        StringBuilder reduced = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            int initial = words[i].codePoints().filter(Character::isLetter).findFirst().orElse(-1);
            if (initial >= 0) {
                reduced.appendCodePoint(Character.toUpperCase(initial)).append(". ");
            }
        }
        return reduced.append(words[words.length - 1]).append(suffix).toString();
    }
}
