<?php
/**
 * Pastes article URLs into WordPress's own oEmbed consumer (WP_oEmbed from
 * Debian's `wordpress` package), as a clinic's WordPress site does, and prints
 * what it found as JSON: for each URL the discovered href, every URL WordPress
 * requested, and the oEmbed data it parsed.
 *
 *   php oembed.php <site address> <test host> <url>...
 *
 * Only WordPress's HTTP, hook and oEmbed code is loaded: the options a full
 * install reads from its database are given here instead. The site address
 * (SITE_URL of the build) does not resolve in a test, so a request to it goes
 * to the test host with the same path and query; the URL WordPress built is
 * recorded as it was.
 */
[$site, $host] = [rtrim($argv[1], '/'), rtrim($argv[2], '/')];
$urls = array_slice($argv, 3);

define('ABSPATH', '/usr/share/wordpress/');
define('WPINC', 'wp-includes');
define('WP_CONTENT_DIR', sys_get_temp_dir());
// No database: any option not given below reads as unset (get_option checks this before its queries).
define('WP_SETUP_CONFIG', true);
foreach (['load', 'plugin', 'l10n', 'pomo/mo', 'functions', 'formatting', 'kses', 'shortcodes', 'http', 'class-wp-http', 'class-wp-http-response', 'class-wp-http-requests-response', 'class-wp-http-requests-hooks', 'class-wp-http-proxy', 'class-wp-http-cookie', 'class-wp-http-encoding', 'class-wp-error', 'class-requests', 'link-template', 'pluggable', 'media', 'embed', 'class-wp-oembed'] as $file) {
  require_once ABSPATH . WPINC . "/$file.php";
}

// The options WordPress's HTTP code reads.
add_filter('pre_option', fn ($pre, $option) => ['home' => $site, 'siteurl' => $site, 'blog_charset' => 'UTF-8'][$option] ?? $pre, 10, 2);
function get_bloginfo($show = '') {
  global $site, $wp_version;
  return ['url' => $site, 'version' => $wp_version][$show] ?? '';
}
require ABSPATH . WPINC . '/version.php';

$requested = [];
add_filter('pre_http_request', function ($response, $args, $url) use ($site, $host, &$requested) {
  if (!str_starts_with($url, "$site/")) return $response;
  $requested[] = $url;
  return wp_safe_remote_get($host . substr($url, strlen($site)), $args);
}, 10, 3);
// The test host is on this machine, which WordPress refuses by default (server-side request forgery).
add_filter('http_request_host_is_external', '__return_true');
add_filter('http_allowed_safe_ports', fn () => [80, 443, 8080, (int) parse_url($host, PHP_URL_PORT)]);

// As wp-includes/default-filters.php does: a card from a site WordPress does not know is sandboxed and trimmed to its iframe.
add_filter('oembed_dataparse', 'wp_filter_oembed_result', 10, 3);
$oembed = _wp_oembed_get_object();
$results = [];
foreach ($urls as $url) {
  $requested = [];
  $provider = $oembed->discover($url);
  $data = $provider ? $oembed->fetch($provider, $url) : false;
  $html = $data ? $oembed->data2html($data, $url) : false;
  $results[] = ['url' => $url, 'provider' => $provider, 'requested' => $requested, 'data' => $data, 'html' => $html];
}
echo json_encode($results, JSON_UNESCAPED_SLASHES), "\n";
