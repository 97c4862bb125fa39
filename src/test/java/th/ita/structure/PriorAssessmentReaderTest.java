package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.ita.model.PriorAssessment;

/** The earlier result a report quotes, as the scanned seed 003 gives it. */
class PriorAssessmentReaderTest {

    private final PriorAssessmentReader reader = new PriorAssessmentReader(ItaCatalogue.load());

    @Test
    void theYearIsFoundWhenJustifiedTextSplitsTheWordForFiscalYearAndWrapsBeforeIt() {
        PriorAssessment prior = reader.read("""
                จากการประเมินผลคุณธรรมและความโปร่งใสในการดําเนินงานขององค์การบริหารส่วนตําบลวังมะปรางเหนือ \
                ประจําปีงบ ประมาณ
                พ.ศ.2563 โดยภาพรวมได้คะแนน 65.12 คะแนน อยู่ในระดับ C ... ประจําปีงบประมาณ พ.ศ.2564""").orElseThrow();
        assertThat(prior.fiscalYearBe()).contains(2563);
        assertThat(prior.score()).isEqualTo(65.12);
    }
}
