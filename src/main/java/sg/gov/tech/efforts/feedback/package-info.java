/**
 * Citizens' feedback on every page ("Is this page useful?", "Report a problem with this page"): plain HTML forms
 * posted, checked against abuse, stripped of personal details and kept in a database (an embedded H2 file, or
 * PostgreSQL) that the pages never depend on; read by operators on the management port and by editors in preview.
 */
package sg.gov.tech.efforts.feedback;
