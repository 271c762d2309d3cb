<?php
// The test WordPress's content, run by `cargo xtask test` (xtask/src/wordpress.rs) as
// `HTTP_HOST=localhost php setup.php OUT.json WIDGETS_ORIGIN`: installs the site once, activates
// the theme and the plugin, and (re)makes the test posts. Writes {slug: permalink} to OUT.json.

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
$out     = $argv[1];
$widgets = rtrim( $argv[2], '/' );
$_SERVER['HTTP_HOST']   = 'localhost';
$_SERVER['SERVER_NAME'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
// Lets wp-load.php run before the site is installed (it would redirect to the installer).
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( ! is_blog_installed() ) {
	wp_install( 'Widgets test site', 'admin', 'admin@example.org', false, '', 'admin-password-for-tests' );
}
if ( get_stylesheet() !== 'twentytwentythree' ) {
	switch_theme( 'twentytwentythree' );
}
$activated = activate_plugin( 'hanoi-convention-widgets/hanoi-convention-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'plugin: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}
update_option( 'awareness_widgets_host', $widgets );
// Posts are written as the administrator, as an editor would: nothing of theirs is filtered, so
// the hostile shortcode reaches the plugin as typed.
wp_set_current_user( 1 );

$posts = array(
	'share-quiz-vi'     => "A share link, alone on a line:\n\n{$widgets}/share/vi/scam-quiz.html\n\nAfter the embed.",
	'share-countdown'   => "{$widgets}/share/fr/event-countdown/entry-into-force.html",
	'share-map-table'   => "{$widgets}/share/en/signatory-map.html",
	'share-deadline'    => "{$widgets}/share/fr/event-countdown/signature-deadline.html",
	'shortcode-quiz'    => "[scam-quiz lang=\"vi\" questions=\"5\" seed=\"wp\"]",
	'shortcode-countdown' => "[event-countdown event=\"entry-into-force\" lang=\"vi\"]",
	'pasted-embed-url'  => "{$widgets}/embed/scam-quiz.html?lang=vi&questions=5",
	// What WordPress's own parser lets through to a plugin: quotes, "on…" names, javascript: URLs;
	// and markup, which WordPress itself mangles before the plugin sees it.
	'hostile-shortcode' => "[scam-quiz lang='\"onmouseover=window.__xss=1 x=' src=\"javascript:window.__xss=2\" onload=\"window.__xss=3\" topics=\"a&b c\"]\n\n[scam-quiz lang='\"><script>window.__xss=4</script>' src=\"javascript:window.__xss=5\"]",
	'map-table'         => "[signatory-map view=\"table\" lang=\"ar\"]",
);
$links = array();
foreach ( $posts as $slug => $content ) {
	$old = get_page_by_path( $slug, OBJECT, 'post' );
	if ( $old ) {
		wp_delete_post( $old->ID, true );
	}
	$id = wp_insert_post(
		array(
			'post_name'    => $slug,
			'post_title'   => $slug,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_type'    => 'post',
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "$slug: " . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$links[ $slug ] = get_permalink( $id );
}
file_put_contents( $out, json_encode( $links, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );
echo 'wordpress: ' . count( $links ) . " posts\n";
