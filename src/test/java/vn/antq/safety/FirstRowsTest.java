package vn.antq.safety;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first row of each subject and year a file names, kept compactly across the whole file. */
class FirstRowsTest {

    @Test
    void eachSubjectAndYearKeepsTheRowThatNamedItFirst() {
        FirstRows first = new FirstRows();
        int subjects = 50_000;
        for (int i = 0; i < subjects; i++) {
            assertEquals(0, first.putIfAbsent("area:legacy:16711:xom " + i, 2022, i + 2));
        }
        for (int i = 0; i < subjects; i++) {
            assertEquals(i + 2, first.putIfAbsent("area:legacy:16711:xom " + i, 2022, subjects + i + 2));
        }
        // Another year is another subject; a key in another script is compared byte for byte.
        assertEquals(0, first.putIfAbsent("area:legacy:16711:xom 7", 2023, 1));
        assertEquals(0, first.putIfAbsent("area:legacy:16711:xóm 7", 2022, 1));
        assertEquals(1, first.putIfAbsent("area:legacy:16711:xóm 7", 2022, 3));
    }
}
