package sg.gov.tech.efforts.site.view;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.Brand;

import static org.assertj.core.api.Assertions.assertThat;

class BrandStylesheetTests {

	private static final Brand MSE_LIKE = new Brand("#6031b6", "#3c66c1",
			List.of("#323232", "#744d9f", "#00838f", "#7b3c40", "#49759a"));

	@Test
	void carriesEachColourAsTheCustomPropertyTheStylesheetUses() {
		String css = BrandStylesheet.of(MSE_LIKE).css();
		assertThat(css).contains("--color-primary:#6031b6;", "--color-secondary:#3c66c1;", "--media-color-1:#323232;",
				"--media-color-2:#744d9f;", "--media-color-5:#49759a;");
	}

	@Test
	void isNamedByAHashOfWhatItHolds() {
		BrandStylesheet one = BrandStylesheet.of(MSE_LIKE);
		assertThat(one.path()).matches("/assets/brand/[0-9a-f]{16}\\.css").isEqualTo(BrandStylesheet.of(MSE_LIKE).path());
		assertThat(BrandStylesheet.of(Brand.DEFAULT).path()).isNotEqualTo(one.path());
	}

	@Test
	void eachFontItNamesIsInTheJarUnderAHashOfItsBytes() throws Exception {
		Matcher url = Pattern.compile("url\\(\"\\.\\./fonts/(lato-[^\"]+-([0-9a-f]{8})\\.woff2)\"\\)").matcher(BrandStylesheet.FONTS);
		int fonts = 0;
		while (url.find()) {
			fonts++;
			try (InputStream in = getClass().getResourceAsStream("/static/fonts/" + url.group(1))) {
				assertThat(in).as(url.group(1)).isNotNull();
				byte[] bytes = in.readAllBytes();
				assertThat(new String(bytes, 0, 4, "ISO-8859-1")).isEqualTo("wOF2");
				String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
				assertThat(url.group(2)).as("hash in the name of %s", url.group(1)).isEqualTo(hash);
			}
		}
		assertThat(fonts).isEqualTo(4);
		assertThat(getClass().getResource("/static/fonts/OFL.txt")).as("the fonts' licence travels with them").isNotNull();
	}

}
