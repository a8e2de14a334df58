<?php
/**
 * Render many wiki pages in one PHP process, as maintenance/parse.php renders one.
 *
 * parse.php prints only the HTML of one page per process; the tests need the
 * categories, templates and images of each page too, and starting MediaWiki takes a
 * moment. This script parses exactly as parse.php does (ParserFactory, anonymous parser
 * options, no limit report) and writes one JSON object per page.
 *
 *   MW_INSTALL_PATH=/usr/share/mediawiki php mediawiki_render.php --conf LocalSettings.php IN.json OUT.json
 *
 * IN.json: [{"title": "…", "text": "…"}, …]
 * OUT.json: [{"html": "…", "categories": […], "tracking_categories": […], "templates": […], "images": […]}, …]
 * (tracking categories are those MediaWiki adds by itself, such as "Seiten mit defekten Dateilinks")
 */

use MediaWiki\MediaWikiServices;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: '/usr/share/mediawiki';
require_once "$IP/maintenance/Maintenance.php";

class BatchParser extends Maintenance {
	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Parse a batch of wiki pages (JSON in, JSON out)' );
		$this->addArg( 'input', 'JSON file: a list of {title, text}', true );
		$this->addArg( 'output', 'JSON file to write', true );
	}

	public function execute() {
		$pages = json_decode( file_get_contents( $this->getArg( 0 ) ), true );
		$services = MediaWikiServices::getInstance();
		$factory = $services->getParserFactory();
		// Categories MediaWiki adds by itself ("Seiten mit defekten Dateilinks"), by their names.
		$tracking = [];
		if ( method_exists( $services, 'getTrackingCategories' ) ) {
			foreach ( $services->getTrackingCategories()->getTrackingCategories() as $info ) {
				foreach ( $info['cats'] as $title ) {
					$tracking[$title->getDBkey()] = true;
				}
			}
		}
		$results = [];
		foreach ( $pages as $page ) {
			$parser = $factory->create();
			$options = ParserOptions::newFromAnon();
			$options->setOption( 'enableLimitReport', false );
			$title = Title::newFromText( $page['title'] ) ?: Title::newFromText( 'CLIParser' );
			$output = $parser->parse( $page['text'], $title, $options );
			$templates = [];
			foreach ( $output->getTemplates() as $ns => $keys ) {
				foreach ( array_keys( $keys ) as $key ) {
					$templates[] = Title::makeTitle( $ns, (string)$key )->getPrefixedText();
				}
			}
			$categories = method_exists( $output, 'getCategoryNames' )
				? $output->getCategoryNames()
				: array_keys( $output->getCategories() );
			$results[] = [
				'html' => $output->getText( [
					'allowTOC' => false,
					'enableSectionEditLinks' => false,
					'wrapperDivClass' => '',
				] ),
				'categories' => array_values( array_filter(
					array_map( 'strval', $categories ),
					static function ( $name ) use ( $tracking ) {
						return !isset( $tracking[$name] );
					}
				) ),
				'tracking_categories' => array_values( array_filter(
					array_map( 'strval', $categories ),
					static function ( $name ) use ( $tracking ) {
						return isset( $tracking[$name] );
					}
				) ),
				'templates' => $templates,
				'images' => array_map( 'strval', array_keys( $output->getImages() ) ),
			];
		}
		file_put_contents( $this->getArg( 1 ), json_encode( $results, JSON_UNESCAPED_UNICODE ) );
	}
}

$maintClass = BatchParser::class;
require_once RUN_MAINTENANCE_IF_MAIN;
