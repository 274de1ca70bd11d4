"""ETL: Russian-language drug-enforcement news to facts (see ../shared/eval/GUIDE.md for the fact contract).

The pipeline, one module a step, each a pure function of its input:

| module        | step                                                                             |
|---------------|----------------------------------------------------------------------------------|
| documents     | read JSONL, CSV, .txt/.md (seed header), .html (trafilatura) into Document records |
| language      | a document's language: ru, kk, kk-Latn (transliterated for detection), en         |
| text          | paragraphs, sentences, tokens with offsets and pymorphy3 lemmas                   |
| cues          | the typed cues of a sentence (places, substances, cue words), found once          |
| numbers       | numbers: digits with spaces/commas/points, scale words, number words              |
| grammars/     | what each number counts: money, mass, counted units, people, labs, groups, ...   |
| regions       | place mentions (data/reference/places.csv) and the one that governs a figure      |
| dates         | dates, weekdays and cumulative periods (month names from Babel)                  |
| extract       | one document end to end: totals, regions, dates, repeats -> GUIDE.md facts        |
| confidence    | how sure a fact is, from the evidence behind it (one weight table)                |
| normalise     | kg, tenge and dollars (rates), operations or statistics layer                     |
| rates         | tenge per dollar for a date, with source; estimated outside the table             |
| curated       | hand-entered facts from CSV, parsed like extracted ones                           |
| counting      | a document's totals: a listed total counted through its parts and their remainder |
| events        | which reports tell one event and which report counts it (pure, order-free)        |
| statistics    | official year-to-date figures as increments per period, and the news's coverage   |
| review        | people's decisions about facts (accept, correct, reject, flag, undo), applied     |
| store/        | the store by job: schema (tables), writer (the only writer), read (totals)        |
| pipeline      | `etl run`: load -> process -> save, one transaction per batch                     |
| collect       | `etl collect`: feeds and sitemaps -> polite fetches -> relevant articles -> run   |
| cli           | `python -m etl extract|sentences|figures|run|collect|curate|user`                 |

Support: `vocab` (the one loader of data/reference/), `morph` (pymorphy3, cached), `units` (the one pint
registry), `errors` (EtlError and its subclasses).
"""
