package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.Memo;
import th.ita.model.Organization;

class OrganizationReaderTest {

    private static final OrganizationReader READER = new OrganizationReader(Provinces.load());

    private static Optional<Organization> read(String text) {
        return READER.read(text, Optional.empty());
    }

    @Test
    void aPhraseThatOnlyStartsWithABodysWordIsNoOrganisation() {
        assertThat(read("โรงพยาบาลทุกแห่งมีการจัดบริการตามมาตรฐาน")).isEmpty();
    }

    @Test
    void aNameEndsBeforeTheVerbThatFollowsIt() {
        assertThat(read("ก่อสร้างดาดคอนกรีต (ตามแบบ อบต.ไทรย้อยกำหนด)").map(Organization::name))
                .contains("องค์การบริหารส่วนตำบลไทรย้อย");
    }

    @Test
    void theFullSpellingIsPreferredOverTheAbbreviation() {
        Optional<Organization> org = read("อบต.ไทรย้อยกำหนด\nหน่วยงานเจ้าของโครงการ องค์การบริหารส่วนตำบลไทรย้อย อำเภอเด่นชัย จังหวัดแพร่");
        assertThat(org.map(Organization::name)).contains("องค์การบริหารส่วนตำบลไทรย้อย");
        assertThat(org.flatMap(Organization::kind)).contains("อบต.");
        assertThat(org.flatMap(Organization::district)).contains("เด่นชัย");
        assertThat(org.flatMap(Organization::province)).contains("แพร่");
    }

    @Test
    void aCollegeNamedOnEveryPageIsTheOrganisation() {
        String page = "คู่มือการดำเนินงาน\nวิทยาลัยเทคนิคกันทรลักษ์ อำเภอกันทรลักษ์ จังหวัดศรีสะเกษ\n";
        Optional<Organization> org = read(page + "กระทรวงศึกษาธิการ\n" + page);
        assertThat(org.map(Organization::name)).contains("วิทยาลัยเทคนิคกันทรลักษ์");
        assertThat(org.flatMap(Organization::kind)).contains("วิทยาลัย");
        assertThat(org.flatMap(Organization::province)).contains("ศรีสะเกษ");
    }

    @Test
    void aLabelledFieldFilledWithDotsNamesTheBodyAndProvince() {
        Optional<Organization> org = read("ชื่อสถานศึกษา...วิทยาลัยเทคนิคกันทรลักษ์.........จังหวัด.....ศรีสะเกษ.......");
        assertThat(org.map(Organization::name)).contains("วิทยาลัยเทคนิคกันทรลักษ์");
        assertThat(org.flatMap(Organization::province)).contains("ศรีสะเกษ");
    }

    @Test
    void theHospitalNamedMostOftenWinsOverAHospitalType() {
        Optional<Organization> org = read("บริบท : โรงพยาบาลน้ำยืน เป็นโรงพยาบาลชุมชน ขนาด 60 เตียง\n"
                + "ผลงาน รพ.น้ำยืน ได้รับรางวัลระดับจังหวัด ระดับเขต\nงานสาธารณสุขจังหวัดอุบลราชธานี\nในเขตอำเภอน้ำยืน");
        assertThat(org.map(Organization::name)).contains("โรงพยาบาลน้ำยืน");
        assertThat(org.flatMap(Organization::province)).contains("อุบลราชธานี");
        assertThat(org.flatMap(Organization::district)).contains("น้ำยืน");
    }

    @Test
    void aCommonNounBeforeAmphoeIsNoDistrict() {
        Optional<Organization> org = read("ประกาศองค์การบริหารส่วนตำบลไทรย้อย\nสอดคล้องกับแผนพัฒนาจังหวัด แผนพัฒนาอำเภอ แผนพัฒนาตำบล\n"
                + "ขององค์การบริหารส่วนตำบลไทรย้อย อำเภอเด่นชัย จังหวัดแพร่");
        assertThat(org.flatMap(Organization::district)).contains("เด่นชัย");
        assertThat(read("ประกาศองค์การบริหารส่วนตำบลไทรย้อย\nแผนพัฒนาอำเภอ แผนพัฒนาตำบล").flatMap(Organization::district)).isEmpty();
    }

    @Test
    void aMarkMovedPastItsConsonantIsPutBack() {
        assertThat(read("รายงานของโรงพยาบาลน้ำยนื").map(Organization::name)).contains("โรงพยาบาลน้ำยืน");
    }

    @Test
    void anOrderHeadingNamesTheOfficeNotTheHealthCentresItLists() {
        String order = "คำสั่งสำนักงานสาธารณสุขอำเภอหนองใหญ่\nที่ ๑๖๑/๒๕๖๒\nเรื่อง แต่งตั้งเจ้าหน้าที่\n"
                + "นางกัลยาณี ภุมมาลี ผอ.รพ.สต.บ้านท่าจาม\nนางสาวประเทือง ผอ.รพ.สต.บ้านท่าจาม\nรพ.สต.บ้านท่าจาม";
        Optional<Organization> org = read(order);
        assertThat(org.map(Organization::name)).contains("สำนักงานสาธารณสุขอำเภอหนองใหญ่");
        assertThat(org.flatMap(Organization::district)).contains("หนองใหญ่");
    }

    @Test
    void theMemoDepartmentComesFirstAndItsReferenceGivesTheProvince() {
        Memo memo = new Memo(Optional.of("สานักงานสาธารณส ขอาเภอหนองใหญ่ กลุ่มงานบริหาร"), Optional.empty(),
                Optional.of("ชบ ๐๘๓๒.1/52"), Optional.empty(), Optional.empty(), Optional.empty());
        Optional<Organization> org = READER.read("โรงพยาบาลบ้านบึง", Optional.of(memo));
        assertThat(org.map(Organization::name)).contains("สำนักงานสาธารณสุขอำเภอหนองใหญ่");
        assertThat(org.flatMap(Organization::province)).contains("ชลบุรี");
    }

    @Test
    void aGenericOfficeCountsOnlyInTheHeading() {
        assertThat(read("ตามที่ได้รับหนังสือจากสำนักงานปลัดกระทรวง")).isEmpty();
        assertThat(read("ประกาศกรมบัญชีกลาง\nเรื่อง หลักเกณฑ์").map(Organization::name)).contains("กรมบัญชีกลาง");
    }

    @Test
    void aDefinitionListingKindsOfSchoolNamesNoBody() {
        assertThat(read("\"สถานศึกษา\" หมายความว่า โรงเรียน วิทยาลัย หรือสถานศึกษาของรัฐ\nค่าสอนพิเศษในมหาวิทยาลัย พ.ศ. ๒๕๓๓"))
                .isEmpty();
    }
}
