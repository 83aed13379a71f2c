/** Site search: an in-memory Lucene index of every page and section, rebuilt whenever content loads. */
package sg.gov.tech.efforts.search;
