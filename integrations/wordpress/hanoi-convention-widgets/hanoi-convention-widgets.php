<?php
/**
 * Plugin Name:       Hanoi Convention Awareness Widgets
 * Plugin URI:        https://github.com/hanoi-convention/awareness-widgets
 * Description:       The scam-awareness quiz, the event countdown and the signatory map of the UN Convention against Cybercrime in posts: shortcodes [scam-quiz], [event-countdown] and [signatory-map], and pasted embed/… URLs of the widget host.
 * Version:           0.1.0
 * Requires at least: 5.0
 * Requires PHP:      7.0
 * Author:            Hanoi Convention awareness widgets
 * License:           MIT
 * Text Domain:       hanoi-convention-widgets
 *
 * Every shortcode attribute goes to the widget's iframe page as a query parameter (`on*` names
 * never do); the widget itself reports unknown names and bad values, in the reader's language.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The widget host when the option is not set: `cargo xtask dist` writes its WIDGETS_ORIGIN here. */
define( 'AWARENESS_WIDGETS_DEFAULT_HOST', 'http://localhost:8080' );

/**
 * The widgets: element name => [iframe title, starting height in px before the widget reports its own].
 *
 * @return array
 */
function awareness_widgets_list() {
	return array(
		'scam-quiz'       => array( 'Scam-awareness quiz', 620 ),
		'event-countdown' => array( 'Event countdown', 380 ),
		'signatory-map'   => array( 'Signatory map', 640 ),
	);
}

/**
 * The widget host (`https://widgets.example.org`), without a trailing slash.
 *
 * @return string
 */
function awareness_widgets_host() {
	$host = get_option( 'awareness_widgets_host', '' );
	$host = is_string( $host ) ? awareness_widgets_clean_host( $host ) : '';
	return '' !== $host ? $host : AWARENESS_WIDGETS_DEFAULT_HOST;
}

/**
 * An http(s) URL without query, fragment or trailing slash; '' for anything else.
 *
 * @param string $value What an administrator typed.
 * @return string
 */
function awareness_widgets_clean_host( $value ) {
	$value = trim( (string) $value );
	if ( ! preg_match( '#^https?://[^\s/?\#"\'<>]+(/[^\s?\#"\'<>]*)?$#i', $value ) ) {
		return '';
	}
	return untrailingslashit( esc_url_raw( $value, array( 'http', 'https' ) ) );
}

/**
 * The iframe page's query from shortcode (or pasted URL) attributes: every name except `on*`,
 * URL-encoded.
 *
 * @param mixed $atts Attributes, as WordPress hands them over (an array, or '' when there are none).
 * @return string `lang=vi&questions=5`, or ''.
 */
function awareness_widgets_query( $atts ) {
	$pairs = array();
	if ( ! is_array( $atts ) ) {
		return '';
	}
	foreach ( $atts as $name => $value ) {
		// `[scam-quiz hidden]` gives a numbered value, not a name; arrays come from `a[]=` in a URL.
		if ( ! is_string( $name ) || ! is_scalar( $value ) ) {
			continue;
		}
		$name = strtolower( $name );
		if ( '' === $name || 0 === strpos( $name, 'on' ) ) {
			continue;
		}
		$pairs[] = rawurlencode( $name ) . '=' . rawurlencode( (string) $value );
	}
	return implode( '&', $pairs );
}

/**
 * The iframe embed of `$widget` with `$atts`, and the resizer that fits its height.
 *
 * @param string $widget An element name of awareness_widgets_list().
 * @param mixed  $atts   Attributes.
 * @return string HTML.
 */
function awareness_widgets_iframe( $widget, $atts ) {
	$widgets = awareness_widgets_list();
	if ( ! isset( $widgets[ $widget ] ) ) {
		return '';
	}
	list( $title, $height ) = $widgets[ $widget ];
	$host  = awareness_widgets_host();
	$query = awareness_widgets_query( $atts );
	$src   = $host . '/embed/' . $widget . '.html' . ( '' !== $query ? '?' . $query : '' );
	wp_enqueue_script( 'awareness-widgets-resizer', $host . '/embed/resizer.js', array(), null, true );
	// Sized by attributes: wp-embed.js deletes a framed embed's whole style attribute.
	return sprintf(
		'<iframe class="awareness-widgets-frame" src="%s" title="%s" width="100%%" height="%d" frameborder="0" loading="lazy"></iframe>',
		esc_attr( esc_url( $src, array( 'http', 'https' ) ) ),
		esc_attr( $title ),
		(int) $height
	);
}

/**
 * `[scam-quiz lang="vi" questions="5"]`, `[event-countdown event="entry-into-force"]`, `[signatory-map view="table"]`.
 *
 * @param mixed  $atts    Attributes.
 * @param string $content Unused.
 * @param string $tag     The shortcode, which is the element name.
 * @return string HTML.
 */
function awareness_widgets_shortcode( $atts, $content = null, $tag = '' ) {
	return awareness_widgets_iframe( (string) $tag, $atts );
}

/**
 * A pasted `https://HOST/embed/<widget>.html?…` URL of the configured host: that widget, those settings.
 *
 * @param array  $matches The handler's regex matches: 1 the widget, 2 the query.
 * @param array  $attr    Embed attributes (width, height), unused: the widget sizes itself.
 * @param string $url     The URL.
 * @param array  $rawattr Unused.
 * @return string HTML.
 */
function awareness_widgets_embed_handler( $matches, $attr, $url, $rawattr ) {
	$params = array();
	$query  = isset( $matches[2] ) ? html_entity_decode( (string) $matches[2], ENT_QUOTES ) : '';
	if ( '' !== $query ) {
		parse_str( $query, $params );
	}
	return awareness_widgets_iframe( isset( $matches[1] ) ? strtolower( (string) $matches[1] ) : '', $params );
}

/** Registers the shortcodes and the embed handler. */
function awareness_widgets_init() {
	foreach ( array_keys( awareness_widgets_list() ) as $widget ) {
		add_shortcode( $widget, 'awareness_widgets_shortcode' );
	}
	$host = preg_quote( awareness_widgets_host(), '#' );
	wp_embed_register_handler(
		'awareness-widgets',
		'#^' . $host . '/embed/(scam-quiz|event-countdown|signatory-map)\.html(?:\?([^\s\#]*))?(?:\#.*)?$#i',
		'awareness_widgets_embed_handler'
	);
}
add_action( 'init', 'awareness_widgets_init' );

/** The host setting, on Settings › General. */
function awareness_widgets_admin_init() {
	register_setting(
		'general',
		'awareness_widgets_host',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'awareness_widgets_sanitize_host',
			'default'           => '',
		)
	);
	add_settings_field(
		'awareness_widgets_host',
		'<label for="awareness_widgets_host">' . esc_html__( 'Awareness widgets host', 'hanoi-convention-widgets' ) . '</label>',
		'awareness_widgets_host_field',
		'general'
	);
}
add_action( 'admin_init', 'awareness_widgets_admin_init' );

/**
 * Keeps a valid http(s) host; anything else is refused with a message, and the old value stays.
 *
 * @param mixed $value The submitted value.
 * @return string
 */
function awareness_widgets_sanitize_host( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	$clean = awareness_widgets_clean_host( $value );
	if ( '' === $clean ) {
		// Only the settings screen has the messages API; an update from elsewhere is refused silently.
		if ( function_exists( 'add_settings_error' ) ) {
			add_settings_error( 'awareness_widgets_host', 'awareness_widgets_host', esc_html__( 'The widgets host must be an http(s) address such as https://widgets.example.org.', 'hanoi-convention-widgets' ) );
		}
		$old = get_option( 'awareness_widgets_host', '' );
		return is_string( $old ) ? $old : '';
	}
	return $clean;
}

/** The settings field. */
function awareness_widgets_host_field() {
	$value = get_option( 'awareness_widgets_host', '' );
	printf(
		'<input type="url" id="awareness_widgets_host" name="awareness_widgets_host" value="%s" class="regular-text" placeholder="%s"><p class="description">%s</p>',
		esc_attr( is_string( $value ) ? $value : '' ),
		esc_attr( AWARENESS_WIDGETS_DEFAULT_HOST ),
		esc_html__( 'Where the widgets are served from, e.g. https://widgets.example.org. Empty: the address the plugin was built for.', 'hanoi-convention-widgets' )
	);
}
