/// Web pages written for these tests: a news article among the furniture of a site.
enum TestPages {
    /// The article's paragraphs, as the extraction should give them.
    static let paragraphs = [
        "The harbour council voted on Tuesday to rebuild the old ferry pier, ending a dispute that had lasted three winters.",
        "\u{201C}We have waited long enough,\u{201D} said Marta Lindqvist, who chairs the council, adding that work would start in the spring.",
        "Fishermen, who use the pier every morning, had asked for a wider landing, a new crane and better lighting along the quay.",
        "Repairs",
        "The old pier will stay open, with a lane closed, until the new one is finished late next year.",
    ]

    /// A page holding the article with navigation, a share bar, related links, comments, a
    /// script with quotes in it, a footer and metadata.
    static func article(head extra: String = "", metaCharset: String = "utf-8") -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="\(metaCharset)">
        <title>Council votes to rebuild ferry pier | Harbour Gazette</title>
        <meta property="og:title" content="Council votes to rebuild ferry pier - Harbour Gazette">
        <meta property="og:site_name" content="Harbour Gazette">
        <meta property="article:published_time" content="2026-03-10T09:30:00Z">
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Council votes to rebuild ferry pier", "author": [{"@type": "Person", "name": "Ada Brennan"}],
          "datePublished": "2026-03-10T09:30:00Z"}</script>
        \(extra)
        <script>var note = "don't \\"quote\\" me"; document.write("<p>Injected</p>");</script>
        <style>p { color: "grey"; }</style>
        </head><body>
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <header><h2>Harbour Gazette, the town's paper since 1890</h2></header>
        <div class="layout">
          <main>
            <article class="story">
              <h1>Council votes to rebuild ferry pier</h1>
              <div class="share-bar"><a href="javascript:share()">Share on every network you have heard of</a></div>
              <div class="story-body">
                <p>\(paragraphs[0])</p>
                <p>\(paragraphs[1].replacingOccurrences(of: "Marta Lindqvist", with: "<a href=\"/people/ml\">Marta Lindqvist</a>"))</p>
                <figure><img src="pier.jpg" alt="The pier"><figcaption>The old pier in the fog, a photograph from the archive.</figcaption></figure>
                <p>\(paragraphs[2])</p>
                <h2>\(paragraphs[3])</h2>
                <p>\(paragraphs[4])</p>
                <!-- <p>A comment in the markup that no reader sees.</p> -->
                <p style="display: none">A paragraph hidden from every reader of the page.</p>
              </div>
            </article>
            <section class="related-stories"><h3>More news</h3><ul>
              <li><a href="/a">Library opens a new reading room for the winter months</a></li>
              <li><a href="/b">School choir wins the regional contest for the second time</a></li>
            </ul></section>
            <section id="comments"><p>I have been saying this for years, and nobody listened to me at all.</p></section>
          </main>
          <aside><p>Subscribe to our newsletter for the week's news, every Friday in your inbox.</p></aside>
        </div>
        <footer><p>Copyright Harbour Gazette. All rights reserved, in every way that rights can be reserved.</p></footer>
        </body></html>
        """
    }
}
