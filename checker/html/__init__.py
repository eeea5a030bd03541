"""HTML for lisible: a position-keeping element tree (tree), visibility, roles and accessible names
(aria), and language tags as the W3C ACT rules judge them (langtags). Used by the HTML loader
(checker.sources.html) and the accessibility analyzer (checker.rules.a11y)."""
