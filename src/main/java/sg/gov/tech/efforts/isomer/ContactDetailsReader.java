package sg.gov.tech.efforts.isomer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;

import sg.gov.tech.efforts.model.PageDetails.ContactDetails;
import sg.gov.tech.efforts.model.PageDetails.ContactGroup;
import sg.gov.tech.efforts.model.PageDetails.ContactLine;
import sg.gov.tech.efforts.model.PageDetails.ContactLocation;
import sg.gov.tech.efforts.model.PageDetails.OpeningHours;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.source.Addresses;

/**
 * A contact page's addresses, opening hours and contacts: from its own front matter ({@code agency_name},
 * {@code locations}, {@code contacts}) as Isomer's editor writes them, else from {@code _data/contact-us.yml}, whose
 * older layout ({@code operating-hours}, {@code find-directions}, {@code column}) is read too.
 */
final class ContactDetailsReader {

	private ContactDetailsReader() {
	}

	/**
	 * @param frontMatter the page's front matter
	 * @param data {@code _data/contact-us.yml}, or an empty map
	 * @param siteTitle the site's name, when the agency has none of its own
	 * @param feedback the address of the agency's feedback form; {@link Url#NONE} for none
	 * @param html makes an editor's line of HTML safe (Isomer shows addresses and {@code other} lines as written)
	 * @param pageAddresses reads addresses written in the front matter through the URL policy
	 * @param dataAddresses reads addresses written in {@code _data/contact-us.yml} through the URL policy
	 * @return the details
	 */
	static ContactDetails read(Map<?, ?> frontMatter, Map<?, ?> data, String siteTitle, Url feedback,
			UnaryOperator<String> html, Addresses pageAddresses, Addresses dataAddresses) {
		boolean own = frontMatter.containsKey("locations") || frontMatter.containsKey("contacts");
		Map<?, ?> source = own ? frontMatter : data;
		Addresses addresses = own ? pageAddresses : dataAddresses;
		String agency = Yaml.text(source, "agency_name");
		List<ContactLocation> locations = new ArrayList<>();
		for (Map<?, ?> location : Yaml.maps(source, "locations")) {
			List<String> address = Yaml.texts(location, "address");
			if (address.isEmpty()) {
				continue;
			}
			List<String> addressHtml = address.stream().map(html).toList();
			String written = Yaml.text(location, "maps_link");
			written = !written.isEmpty() ? written : Yaml.text(location, "find-directions");
			Url map = !written.isEmpty()
					? addresses.read("map link of the location '" + Yaml.text(location, "title") + "'", written)
					: new Url("https://maps.google.com/maps?q=" + URLEncoder
						.encode(String.join(" ", address).replaceAll("<[^>]*>", ""), StandardCharsets.UTF_8));
			List<OpeningHours> hours = new ArrayList<>();
			String hoursKey = location.containsKey("operating_hours") ? "operating_hours" : "operating-hours";
			for (Map<?, ?> entry : Yaml.maps(location, hoursKey)) {
				hours.add(new OpeningHours(Yaml.text(entry, "days"), Yaml.text(entry, "time"),
						Yaml.text(entry, "description")));
			}
			locations.add(new ContactLocation(Yaml.text(location, "title"), addressHtml, map, hours));
		}
		List<ContactGroup> contacts = new ArrayList<>();
		String contactsKey = source.containsKey("contacts") ? "contacts" : "column";
		for (Map<?, ?> contact : Yaml.maps(source, contactsKey)) {
			List<ContactLine> lines = new ArrayList<>();
			for (Map<?, ?> item : Yaml.maps(contact, "content")) {
				item.forEach((kind, value) -> {
					String text = (value == null) ? "" : value.toString().strip();
					if (!text.isEmpty()) {
						lines.add(line(String.valueOf(kind), text, html));
					}
				});
			}
			if (!lines.isEmpty()) {
				// editors space titles out with markup ("Feedback:<br><br>"): a heading keeps the words
				contacts.add(new ContactGroup(Jsoup.parse(Yaml.text(contact, "title")).text(), lines));
			}
		}
		return new ContactDetails(agency.isEmpty() ? siteTitle : agency, locations, contacts, feedback);
	}

	/** {@code phone}, {@code email}, or for the older layout a {@code line} that says which it is. */
	private static ContactLine line(String kind, String text, UnaryOperator<String> html) {
		if (kind.equals("phone") || kind.equals("email")) {
			return new ContactLine(kind, text, "");
		}
		if (text.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+") || text.contains("(email)")) {
			return new ContactLine("email", text.replace("(email)", "").strip(), "");
		}
		return new ContactLine("other", text, html.apply(text));
	}

}
