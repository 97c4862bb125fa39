package th.ita.index;

/** Province names as the index keys them: without the "จังหวัด" or "จ." prefix that some reports write. */
public final class ProvinceKeys {

    private ProvinceKeys() {
    }

    public static String canonical(String province) {
        String name = SearchTextNormalizer.normalize(province).strip();
        if (name.startsWith("จังหวัด")) {
            name = name.substring("จังหวัด".length());
        } else if (name.startsWith("จ.")) {
            name = name.substring(2);
        }
        return name.strip();
    }
}
