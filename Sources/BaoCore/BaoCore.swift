// The parsing library as one module, for the front ends and the tests: each layer is its own
// target so that the compiler keeps the direction text <- article <- entities <- store <- corpus.
@_exported import BaoArticle
@_exported import BaoCorpus
@_exported import BaoEntities
@_exported import BaoStore
@_exported import BaoText
