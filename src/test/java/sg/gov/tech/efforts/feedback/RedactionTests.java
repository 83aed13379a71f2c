package sg.gov.tech.efforts.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal details become [removed] before anything is stored; text that only looks like them stays. */
class RedactionTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "S1234567D", "T0123456G", "F9876543N", "G1234567X", "M1234567K", "s1234567d" })
	void nricAndFinNumbersAreRemoved(String number) {
		assertThat(Redaction.redact("My NRIC is " + number + ", please help."))
			.isEqualTo("My NRIC is [removed], please help.");
	}

	@Test
	void nricAfterPunctuationIsRemoved() {
		assertThat(Redaction.redact("(NRIC:S1234567D)")).isEqualTo("(NRIC:[removed])");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tan.ah.kow@example.com", "ah_kow+sg@mail.gov.sg", "A.B@Sub.Example.Com.sg" })
	void emailAddressesAreRemoved(String address) {
		assertThat(Redaction.redact("Write to " + address + ".")).isEqualTo("Write to [removed].");
	}

	@Test
	void anEmailAddressHoldingAnNricGoesWhole() {
		assertThat(Redaction.redact("s1234567d@school.edu.sg")).isEqualTo("[removed]");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "91234567", "9123 4567", "8123-4567", "61234567", "31234567", "+6591234567",
			"+65 9123 4567", "+65-6123-4567", "65 9123 4567", "(65) 9123 4567", "(+65) 91234567", "006591234567" })
	void singaporePhoneNumbersAreRemoved(String number) {
		assertThat(Redaction.redact("Call me on " + number + " today")).isEqualTo("Call me on [removed] today");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "4111 1111 1111 1111", "4111111111111111", "5500-0000-0000-0004", "3782 822463 10005",
			"6011000990139424" })
	void cardNumbersThatPassTheLuhnCheckAreRemoved(String number) {
		assertThat(Redaction.redact("Card " + number + " was charged twice"))
			.isEqualTo("Card [removed] was charged twice");
	}

	@Test
	void aCardNumberIsRemovedWholeNotAsPhoneNumbers() {
		// its groups 9111 1111 would look like a phone number on their own
		assertThat(Redaction.redact("4111 9111 1111 1114")).isEqualTo("[removed]");
	}

	@Test
	void severalDetailsInOneTextAreEachRemoved() {
		assertThat(Redaction.redact("I am S1234567D, call 9123 4567 or mail me@example.com"))
			.isEqualTo("I am [removed], call [removed] or mail [removed]");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			// too few or too many digits for an NRIC, a prefix no NRIC has, inside a longer code
			"S123456D", "S12345678D", "A1234567B", "XS1234567D", "S1234567DX",
			// not e-mail addresses: a handle, no domain, a domain with no top level
			"@govtech", "me@", "name@localhost",
			// eight digits that no Singapore number starts with, too few or too many digits, a year range
			"12345678", "20231231", "9123456", "912345678", "2019-2023",
			// long numbers that fail the Luhn check, a decimal
			"4111 1111 1111 1112", "1234567890123", "3.14159265358979",
			// prices and versions
			"S$91,234", "version 9.1234.5678" })
	void textThatOnlyLooksPersonalStays(String text) {
		String sentence = "Reference " + text + " on the form.";
		assertThat(Redaction.redact(sentence)).isEqualTo(sentence);
	}

	@Test
	void plainWordsStay() {
		String text = "The Singpass link on this page did not open. I was trying to renew my passport.";
		assertThat(Redaction.redact(text)).isEqualTo(text);
	}

	@Test
	void keepNormalisesLineBreaks() {
		assertThat(Redaction.keep("one\r\ntwo\rthree", 1200)).isEqualTo("one\ntwo\nthree");
	}

	@Test
	void keepDropsControlCharactersButTabs() {
		assertThat(Redaction.keep("three\u0000\u200Bfour\tfive", 1200)).isEqualTo("threefour\tfive");
	}

	@Test
	void keepTrimsSurroundingSpace() {
		assertThat(Redaction.keep("  one\r\ntwo\rthree\u0000\u200Bfour\tfive  ", 1200))
			.isEqualTo("one\ntwo\nthreefour\tfive");
	}

	@Test
	void keepCutsToTheLimitInCharactersNotBytes() {
		String text = "😀".repeat(1300);
		assertThat(Redaction.keep(text, 1200).codePointCount(0, Redaction.keep(text, 1200).length())).isEqualTo(1200);
	}

	@Test
	void keepRemovesPersonalDetailsToo() {
		assertThat(Redaction.keep(" my number: 9123 4567 ", 1200)).isEqualTo("my number: [removed]");
	}

	@Test
	void keepTurnsNothingIntoEmpty() {
		assertThat(Redaction.keep(null, 1200)).isEmpty();
		assertThat(Redaction.keep(" \r\n ", 1200)).isEmpty();
	}

	@Test
	void aNumberSplitByInvisibleCharactersIsStillRemoved() {
		assertThat(Redaction.keep("S1234\u200B567D", 1200)).isEqualTo("[removed]");
	}

	@Test
	void luhnTellsCardNumbersFromOthers() {
		assertThat(Redaction.luhn("4111111111111111")).isTrue();
		assertThat(Redaction.luhn("79927398713")).isTrue();
		assertThat(Redaction.luhn("4111111111111112")).isFalse();
		assertThat(Redaction.luhn("79927398710")).isFalse();
	}

}
