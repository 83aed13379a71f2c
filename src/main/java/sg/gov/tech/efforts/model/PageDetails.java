package sg.gov.tech.efforts.model;

import java.time.LocalDate;
import java.util.List;

/** What some layouts show besides a page's body: a post's date, a homepage's sections, a contact page's details. */
public sealed interface PageDetails
		permits PageDetails.None, PageDetails.PostDetails, PageDetails.HomepageDetails, PageDetails.ContactDetails {

	/** Nothing beyond the body. */
	PageDetails NONE = new None();

	/** Nothing beyond the body. */
	record None() implements PageDetails {
	}

	/**
	 * A post of a resource room.
	 *
	 * @param date its date, from the file name or front matter
	 * @param room the resource room's folder ({@code news})
	 * @param category the category folder it sits in ({@code press-releases})
	 * @param image its picture for lists, a site path or address; empty for none
	 */
	record PostDetails(LocalDate date, String room, String category, Url image) implements PageDetails {
	}

	/**
	 * The homepage.
	 *
	 * @param sections its sections in order
	 * @param notification the banner text shown above them; empty for none
	 */
	record HomepageDetails(List<HomeSection> sections, String notification) implements PageDetails {

		public HomepageDetails {
			sections = List.copyOf(sections);
		}

	}

	/**
	 * A contact page.
	 *
	 * @param agency the agency's name in the heading
	 * @param locations its addresses with opening hours
	 * @param contacts its ways of being reached
	 * @param feedback the address of its feedback form (the footer's); empty for none
	 */
	record ContactDetails(String agency, List<ContactLocation> locations, List<ContactGroup> contacts, Url feedback)
			implements PageDetails {

		public ContactDetails {
			locations = List.copyOf(locations);
			contacts = List.copyOf(contacts);
		}

	}

	/**
	 * An office.
	 *
	 * @param title its name
	 * @param address its address, one line each, as safe HTML (editors write entities and links there)
	 * @param mapUrl a map of it
	 * @param hours its opening hours
	 */
	record ContactLocation(String title, List<String> address, Url mapUrl, List<OpeningHours> hours) {

		public ContactLocation {
			address = List.copyOf(address);
			hours = List.copyOf(hours);
		}

	}

	/**
	 * Opening hours on some days.
	 *
	 * @param days the days ("Monday to Friday")
	 * @param time the hours ("8.30am to 6pm")
	 * @param description a note ("Closed on public holidays")
	 */
	record OpeningHours(String days, String time, String description) {
	}

	/**
	 * Ways of reaching one part of the agency.
	 *
	 * @param title what they reach ("General enquiries")
	 * @param lines each a phone number, email address or text
	 */
	record ContactGroup(String title, List<ContactLine> lines) {

		public ContactGroup {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One phone number, email address or line of text.
	 *
	 * @param kind {@code phone}, {@code email} or {@code other}
	 * @param value what it says
	 * @param html the line as safe HTML, for {@code other} text in which editors write links
	 */
	record ContactLine(String kind, String value, String html) {

		/** @return a {@code tel:} or {@code mailto:} address, or {@link Url#NONE} for text */
		public Url href() {
			return switch (this.kind) {
				case "phone" -> new Url("tel:" + this.value.replaceAll("[^+0-9]", ""));
				case "email" -> new Url("mailto:" + this.value.strip());
				default -> Url.NONE;
			};
		}

	}

}
