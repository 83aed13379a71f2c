# Jekyll plugin used only by scripts/jekyll-reference.sh: after a build, writes every page and document Jekyll
# published (source path, URL, layout, title) as JSON, the reference our server is compared against.
require 'json'

Jekyll::Hooks.register :site, :post_write do |site|
  items = (site.pages + site.documents).map do |item|
    {
      'path' => item.relative_path.sub(%r{\A/}, ''),
      'url' => item.url,
      'layout' => item.data['layout'],
      'title' => item.data['title'],
      'collection' => item.respond_to?(:collection) ? item.collection.label : nil
    }
  end
  File.write(ENV.fetch('JEKYLL_REFERENCE_OUT'), JSON.pretty_generate(items))
end
