<?php
// The plugin's PHP on its own, in the test WordPress (run by xtask/src/wordpress.rs after
// setup.php): the host setting keeps only http(s) addresses, and the query drops `on*` names and
// encodes every value. Prints each failure and exits 1.

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
$_SERVER['HTTP_HOST']   = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
include_once WP_PLUGIN_DIR . '/hanoi-convention-widgets/hanoi-convention-widgets.php';

$failed = 0;
function awareness_check( $what, $actual, $expected ) {
	global $failed;
	if ( $actual !== $expected ) {
		fwrite( STDERR, "plugin check failed: $what: got " . var_export( $actual, true ) . ', want ' . var_export( $expected, true ) . "\n" );
		$failed++;
	}
}

awareness_check( 'a host loses its trailing slash', awareness_widgets_clean_host( ' https://widgets.example.org/ ' ), 'https://widgets.example.org' );
awareness_check( 'a host may have a path', awareness_widgets_clean_host( 'https://example.org/widgets' ), 'https://example.org/widgets' );
foreach ( array( 'javascript:alert(1)', 'widgets.example.org', 'https://x.org/"><script>', 'https://x.org/?a=1', 'ftp://x.org', '' ) as $bad ) {
	awareness_check( "host $bad is refused", awareness_widgets_clean_host( $bad ), '' );
}
$before = get_option( 'awareness_widgets_host' );
awareness_check( 'a refused host keeps the old setting', awareness_widgets_sanitize_host( 'javascript:alert(1)' ), $before );
awareness_check( 'an empty host clears the setting', awareness_widgets_sanitize_host( '' ), '' );
awareness_check( 'a non-string host clears the setting', awareness_widgets_sanitize_host( array( 'x' ) ), '' );
awareness_check(
	'the query drops on* names and encodes values',
	awareness_widgets_query( array( 'lang' => 'vi', 'onclick' => 'x', 'OnLoad' => 'y', 0 => 'positional', 'title' => '"><b>&', 'a' => array( 'b' ) ) ),
	'lang=vi&title=%22%3E%3Cb%3E%26'
);
awareness_check( 'no attributes, no query', awareness_widgets_query( '' ), '' );
awareness_check( 'an unknown widget writes nothing', awareness_widgets_iframe( 'no-such-widget', array() ), '' );
exit( $failed > 0 ? 1 : 0 );
