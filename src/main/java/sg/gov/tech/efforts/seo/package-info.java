/** Makes every page findable and shareable: head tags for search engines and link previews, sitemap, robots, icons. */
package sg.gov.tech.efforts.seo;
