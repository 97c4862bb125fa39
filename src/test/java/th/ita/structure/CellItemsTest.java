package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellItemsTest {

    @Test
    void numberedItemsInOneLineBecomeListItems() {
        assertThat(CellItems.split("๑. กำหนดนโยบาย ๒. แจกเวียนนโยบาย ๓. ประกาศ"))
                .containsExactly("กำหนดนโยบาย", "แจกเวียนนโยบาย", "ประกาศ");
    }

    @Test
    void htmlListItemsBecomeListItems() {
        assertThat(CellItems.split("<p>ทุกกองงาน</p> <ul><li>- สำนักปลัด</li> <li>กองคลัง</li></ul>"))
                .containsExactly("ทุกกองงาน", "สำนักปลัด", "กองคลัง");
    }

    @Test
    void aDashBetweenYearsIsARangeNotAnItem() {
        assertThat(CellItems.split("ตุลาคม ๒๕๖๔ - กันยายน ๒๕๖๕")).hasSize(1);
    }

    @Test
    void aSectionNumberInsideTextDoesNotStartAnItem() {
        assertThat(CellItems.split("ตามข้อ ๒.๑ และ พ.ศ.2548")).hasSize(1);
    }
}
