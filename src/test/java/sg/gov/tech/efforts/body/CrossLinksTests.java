package sg.gov.tech.efforts.body;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Url;

import static org.assertj.core.api.Assertions.assertThat;

class CrossLinksTests {

	private final CrossLinks crossLinks = new CrossLinks(List.of(
			new Link("Singpass", new Url("https://www.singpass.gov.sg/")),
			new Link("LifeSG", new Url("https://www.life.gov.sg/")),
			new Link("GoBusiness", new Url("https://www.gobusiness.gov.sg/")),
			new Link("Communities Overview", new Url("/communities/"))));

	private final List<String> warnings = new ArrayList<>();

	@Test
	void aMappedNameInAnyLetterCaseBecomesARelatedLinkAsTheEditorWroteIt() {
		Element item = apply("Cross link to products and services i.e. SingPass");
		assertThat(item.text()).isEqualTo("Related: SingPass");
		assertThat(item.select("a").attr("href")).isEqualTo("https://www.singpass.gov.sg/");
		assertThat(this.warnings).isEmpty();
	}

	@Test
	void everyMappedNameInTheBulletIsLinkedWithinItsText() {
		Element item = apply("Cross link to products and services i.e. LifeSG app for citizens and GoBusiness website");
		assertThat(item.text()).isEqualTo("Related: LifeSG app for citizens and GoBusiness website");
		assertThat(item.select("a")).extracting((link) -> link.attr("href"))
			.containsExactly("https://www.life.gov.sg/", "https://www.gobusiness.gov.sg/");
	}

	@Test
	void withoutIeTheWholeRestIsTheName() {
		Element item = apply("Cross link to Communities Overview page");
		assertThat(item.text()).isEqualTo("Related: Communities Overview page");
		assertThat(item.select("a").text()).isEqualTo("Communities Overview");
	}

	@Test
	void aNameMustBeAWholeWord() {
		Element item = apply("Cross link to products i.e. LifeSGX", true);
		assertThat(item.select("a")).isEmpty();
		assertThat(this.warnings).containsExactly("cross link 'LifeSGX' cannot be resolved: add the name under "
				+ "cross_links in site.yml");
	}

	@Test
	void aBulletNamingNothingMappedIsLeftOutOfThePublicPageWithAWarning() {
		Element body = Jsoup.parseBodyFragment("<ul><li>Singpass</li><li>Cross link to products and services i.e. Data "
				+ "strategies</li></ul><ul><li>Cross link to products and services</li></ul>").body();
		this.crossLinks.apply(body, false, (element, problem) -> this.warnings.add(problem));
		assertThat(body.select("li")).extracting(Element::text).containsExactly("Singpass");
		assertThat(body.select("ul")).as("a list left empty goes too").hasSize(1);
		assertThat(this.warnings).hasSize(2).first().asString().contains("'Data strategies'");
	}

	@Test
	void inPreviewABulletNamingNothingMappedIsShownHighlightedAsAnEditorsNote() {
		Element item = apply("Cross link to products and services i.e. Data strategies", true);
		assertThat(item.select("mark.editor-note").text())
			.isEqualTo("Editor's note: Cross link to products and services i.e. Data strategies");
		assertThat(item.select("a")).isEmpty();
		assertThat(this.warnings).singleElement().asString().contains("'Data strategies'");
	}

	@Test
	void otherBulletsAreLeftAlone() {
		Element item = apply("Singpass lets people transact online");
		assertThat(item.select("a")).isEmpty();
		assertThat(this.warnings).isEmpty();
	}

	private Element apply(String bullet) {
		return apply(bullet, false);
	}

	private Element apply(String bullet, boolean preview) {
		Element body = Jsoup.parseBodyFragment("<ul><li>" + bullet + "</li></ul>").body();
		this.crossLinks.apply(body, preview, (element, problem) -> this.warnings.add(problem));
		return body.selectFirst("li");
	}

}
