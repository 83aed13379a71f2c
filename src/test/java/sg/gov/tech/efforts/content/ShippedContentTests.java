package sg.gov.tech.efforts.content;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The content shipped in the jar passes the same validation as startup and live reload, in every build. */
class ShippedContentTests {

	@Test
	void theShippedContentHasNoErrors() {
		assertThat(new ContentLoader().load(SiteProperties.Content.EMBEDDED).errors()).isEmpty();
	}

	@Test
	void theShippedContentHasOnlyTheKnownWarnings() {
		Site site = new ContentLoader().load(SiteProperties.Content.EMBEDDED);
		assertThat(site.warnings()).extracting(ContentProblem::toString).containsExactly(
				"our-digital-government-efforts.md, line 51: cross link 'Data strategies' cannot be resolved: "
						+ "add the name under cross_links in site.yml",
				"our-digital-government-efforts.md, line 63: cross link 'products and services' cannot be resolved: "
						+ "add the name under cross_links in site.yml",
				"our-digital-government-efforts.md, line 71: cross link 'products and services' cannot be resolved: "
						+ "add the name under cross_links in site.yml");
	}

	@Test
	void everyNameTheEffortsPageCrossLinksIsMappedToASecureAddress() {
		Site site = new ContentLoader().load(SiteProperties.Content.EMBEDDED);
		assertThat(site.settings().crossLinks()).extracting(Link::title)
			.containsExactlyInAnyOrder("LifeSG", "GoBusiness", "Singpass", "SGTS", "Digital4Good",
					"Communities Overview");
		assertThat(site.settings().crossLinks()).allSatisfy((link) -> assertThat(link.url().text()).startsWith("https://"));
	}

}
