"""Person, place and organisation spans (``PER``/``LOC``/``ORG``) with user corrections.

A statistical tagger (:mod:`ner_model`, Baidu LAC) proposes names; jieba segments and tags
for :mod:`entity_rules` and :mod:`org_rules`, whose candidates extend and retype the model's
names (:mod:`fusion` says how, and why); the user's :class:`Corrections` have the last word
(applied by :func:`corrections.apply_corrections`, the same applier the library uses when
an article is read). Without the model (not installed, failed to load) the rules alone
decide, as before. Wrapped lines are joined first, so a name broken across a line end
(``中科\\n曙光``) comes back whole, its span covering the newline.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from desktop_app.core.extraction import (
    body_levers,
    bound_levers,
    edge_levers,
    everyday_words,
    foreign_names,
    frame_levers,
    fusion,
    name_levers,
    ner_model,
    org_lists,
    org_rules,
    person_forms,
    person_joins,
    person_levers,
    place_chains,
    place_levers,
    place_pairs,
    post_levers,
    retype_levers,
    title_levers,
    unit_levers,
    unnamed_levers,
)
from desktop_app.core.extraction import entity_rules as rules
from desktop_app.core.extraction.candidate_sets import Taken
from desktop_app.core.extraction.corrections import apply_corrections
from desktop_app.core.extraction.dictionaries import Lexicon, lexicon, tagger
from desktop_app.core.extraction.entity_rules import Candidate, Token, occurrences
from desktop_app.core.extraction.words import tokenize, tokenize_with_model
from desktop_app.core.extraction.wraps import join_wraps
from desktop_app.core.spans import Corrections, EntitySpan

# jieba's tags of a two-character word that may be a pair of countries (中美, 匈中).
_PAIR_WORD_TAGS = frozenset({"ns", "j", "nt"})
# jieba's tags of the words that may be places' names (a listed item tagged otherwise is
# an everyday word or a body: 城区、郊区两区, 纳斯达克/nt).
_PLACE_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz"})
# Levels of the tables' divisions (not the curated places, nor a county's short name).
_DIVISION_LEVELS = frozenset({"province", "prefecture", "county"})
_LISTED_LEVELS = _DIVISION_LEVELS | {"county_short"}  # 昆山 of 昆山市 too


def find_entities(text: str, corrections: Corrections | None = None, *,
                  use_model: bool = True) -> list[EntitySpan]:
    """Entities of ``text``, sorted by start; offsets index ``text`` itself."""
    joined = join_wraps(text)
    spans = find_entities_joined(joined.text, corrections, use_model=use_model)
    out = []
    for span in spans:
        start, end = joined.span_back(span.start, span.end)
        out.append(EntitySpan(start, end, text[start:end], span.type))
    return out


def find_entities_joined(text: str, corrections: Corrections | None = None, *,
                         use_model: bool = True) -> list[EntitySpan]:
    """Entities of a text whose wraps are already joined (see :mod:`wraps`).

    ``use_model=False`` runs jieba and the rules alone (the pipeline before the model).
    """
    return find_entities_many([text], corrections, use_model=use_model)[0]


def find_entities_many(texts: Sequence[str], corrections: Corrections | None = None, *,
                       use_model: bool = True) -> list[list[EntitySpan]]:
    """:func:`find_entities_joined` of each text; the model reads them all in one batched
    pass (the articles of a page: fuller batches, fewer calls)."""
    tagger = ner_model.shared_tagger() if use_model else None
    if tagger is None:
        return [_entities(text, None, corrections) for text in texts]
    # Blank texts are not sent; every text's tokens index that text.
    read = tagger.tag_many([text if text.strip() else "" for text in texts])
    return [_entities(text, [(t.start, t.end, t.tag) for t in tokens], corrections)
            for text, tokens in zip(texts, read, strict=True)]


def _entities(text: str, read: list[tuple[int, int, str]] | None,
              corrections: Corrections | None) -> list[EntitySpan]:
    """The names of ``text``: the rules' candidates, fused with the model's tokens
    ``read`` (None: the rules alone), then the user's corrections."""
    if not text.strip():
        return []
    lex = lexicon()
    tokens = tokenize(text) if read is None else tokenize_with_model(text, read)
    reporters = rules.dispatch_reporters(text, lex)
    bylines = [*reporters, *rules.byline_persons(text, lex)]
    candidates = [
        *bylines,
        *rules.person_candidates(tokens, lex),
        *rules.place_candidates(tokens, lex),
        *org_rules.org_candidates(tokens, lex),
    ]
    listed = org_lists.list_orgs(text, tokens, lex, candidates)
    candidates.extend(listed)
    again = org_lists.short_forms(text, candidates, lex)
    candidates.extend(again)
    candidates.extend(_repeat_persons(text, candidates))
    if read is None:
        chosen = _resolve(candidates)
    else:
        # A body the shipped list names is one where the model saw none (民革 read as a
        # common noun); its short names that are everyday words answer to the lever below.
        # So is a firm's registered name with its place in brackets, whatever the model
        # read inside it (澎峰 of 澎峰（长沙）科技有限公司 as a person).
        named = [c for c in candidates if c.type == "ORG" and (
            text[c.start:c.end] in lex.organisations
            or org_rules.registered_with_place(text[c.start:c.end], lex))]
        # So is a place of the hand-curated list (三湘 in 三湘大地, 湖湘 read as nouns); the
        # generated divisions are not (+0.006 on the seed gold, −0.004 on PFR, quality.md);
        # nor a landmark a division's name goes on from (花明楼|镇, 南岳|区).
        curated = [c for c in candidates if c.type == "LOC" and lex.curated_place(
            text[c.start:c.end]) and text[c.end:c.end + 1] not in place_levers.DIVISION_CHARS]
        # And a body closed by a suffix of four characters or more (省大学生创业投资基金,
        # …创新中心, …有限公司) whose head says which one: a name, a place, a word jieba
        # does not know, or the paper's own 省/市/县/区; not a kind of thing
        # (变压器有限公司, 全国各省市研究中心, 发挥人民政府) nor a clause run into the
        # suffix (充分利用互联网有限公司). Shorter suffixes (中心, 政府) close classes
        # more often still, and stay with the fusion's rule three.
        at = {t.start: t for t in tokens}
        read_starts = [s for s, _e, _tag in read]
        closed = [c for c in candidates
                  if c.type == "ORG" and org_rules.closed_body(text, c, at, lex)]
        # And a person after a post that the model read with the post as one word of no
        # name (果农曲洪波 as a noun): the model saw the post, not the name.
        glued = [c for c in candidates if c.type == "PER"
                 and _glued_to_post(text, c, read_starts, read, lex.titles)]
        chosen = _fused(text, tokens, read, candidates,
                        {*bylines, *listed, *named, *curated, *closed, *glued}, lex)
    chosen = body_levers.everyday_brands_in_context(
        text, chosen, lex.everyday_brands, org_rules.INDUSTRY,
        lex.listed_place)
    # The shipped list of words that are no name of a type (not_entities.txt) holds for
    # the model's names as for the rules' (数智 and 湘约 are read as a person and a body),
    # unless the text names a person so after a post and has them speak (高峰), or as a
    # dispatch's reporter (（记者高峰）).
    talk = frame_levers.speakers(text)
    reported = {(c.start, c.end) for c in reporters}
    chosen = [c for c in chosen if not lex.never(text[c.start:c.end], c.type) or (
        c.type == "PER" and ((c.start, c.end) in reported or frame_levers.named_and_speaking(
            text, text[c.start:c.end], lex.titles, talk)))]
    found = [EntitySpan(c.start, c.end, text[c.start:c.end], c.type) for c in chosen]
    if corrections is not None and not corrections.is_empty():
        found = apply_corrections(text, found, corrections)
    return found


def _fused(text: str, tokens: list[Token], read: list[tuple[int, int, str]],
           candidates: list[Candidate], strong: set[Candidate], lex: Lexicon
           ) -> list[Candidate]:
    """The model's names (``read``: its tokens) and the rules' ``candidates``, fused and
    cleaned by the levers of :mod:`fusion`, :mod:`everyday_words`, :mod:`post_levers`,
    :mod:`name_levers`, :mod:`place_levers`, :mod:`place_pairs`, :mod:`place_chains`,
    :mod:`person_levers`, :mod:`person_forms`, :mod:`person_joins`, :mod:`body_levers`,
    :mod:`bound_levers`, :mod:`edge_levers`, :mod:`retype_levers`, :mod:`frame_levers` and
    :mod:`unnamed_levers` in order (docs/quality.md measures each)."""
    words = [(t.start, t.end, t.flag) for t in tokens]
    tags = tagger().word_tag_tab

    def known_place(start: int, end: int) -> bool:
        word = text[start:end]
        return lex.listed_place(word) or tags.get(word) == "ns"

    def is_body(word: str) -> bool:
        return org_rules.body_shaped(word, lex)

    model = fusion.model_names(text, read, lex.titles)
    model = post_levers.places_before_posts(text, model, words, known_place)
    model = fusion.trimmed_to_words(model, words, text, lex.organisations, is_body,
                                    lambda word: lex.org_suffix(word) is not None)
    model = body_levers.without_false_bodies(text, model, words, lex.titles,
                                             lex.organisations)
    model = everyday_words.without_common_words(text, model, words, is_body,
                                        lambda word: word in tags)
    model = bound_levers.model_without_common_tails(text, model, words, tags, is_body,
                                                    org_rules.INDUSTRY)
    model = bound_levers.joined_bodies(model)
    candidates = body_levers.without_title_tails(text, candidates, lex.titles, strong)
    chosen = fusion.fuse(model, candidates, strong, tokens=read, known_place=known_place)
    chosen = body_levers.without_one_character_bodies(chosen)
    chosen = body_levers.without_peoples_and_faiths(text, chosen)
    chosen = bound_levers.without_datelines(text, chosen, known_place, is_body)
    chosen = bound_levers.without_counted_bodies(text, chosen, known_place, words)
    chosen = bound_levers.without_common_tails(text, chosen, words, tags, is_body,
                                               org_rules.INDUSTRY, strong)
    chosen = bound_levers.without_glued_starts(text, chosen, words, tags)
    chosen = bound_levers.with_closed_brackets(text, sorted(chosen, key=lambda c: c.start))
    chosen = place_levers.without_stray_characters(text, chosen)
    chosen = place_levers.without_things_of_places(text, chosen)
    chosen = place_levers.ancient_places(text, chosen, words)
    chosen = person_levers.whole_persons(sorted(chosen, key=lambda c: c.start), words, text)
    chosen = person_joins.joined_person_pieces(text, chosen, lex.surnames)
    chosen = person_joins.given_names_in_lang(
        text, chosen, words, lambda word: tags.get(word, "nr") not in ("nr", "nrfg", "nrt"))
    chosen = person_joins.without_invitation_opener(text, chosen)
    chosen = person_levers.without_stray_persons(text, chosen, lex.surnames)
    chosen = body_levers.hotels_as_bodies(text, chosen)
    chosen = body_levers.venues_as_places(text, chosen)
    chosen = body_levers.bodies_read_as_places(text, chosen)
    chosen = body_levers.without_committees_in_posts(text, chosen, lex.titles)
    chosen = person_levers.dotted_persons(text, chosen, words, tags.__contains__)
    chosen = person_joins.dotted_after_posts(text, sorted(chosen, key=lambda c: c.start), words)
    chosen = person_joins.without_words_after(text, chosen, words, lex.surnames,
                                              tags.__contains__)
    chosen = person_forms.addressed_persons(text, chosen, lex.surnames)
    chosen = person_levers.without_saying_tails(text, chosen)
    chosen = person_levers.quoted_speakers(
        text, chosen, lex.surnames, lex.titles,
        lambda word: tags.get(word, "nr") not in ("nr", "nrfg", "nrt"))
    chosen = person_levers.divisions_as_places(text, chosen)
    chosen = person_levers.persons_in_lists(
        text, chosen, lex.surnames,
        lambda word: tags.get(word, "nr") not in ("nr", "nrfg", "nrt"))
    chosen = foreign_names.japanese_names(
        text, sorted(chosen, key=lambda c: c.start), words, lex.japanese_surnames,
        lex.titles, lex.speech_verbs,
        lambda word: tags.get(word, "nr") not in ("nr", "nrfg", "nrt"))
    chosen = foreign_names.tibetan_names(text, chosen, lex.tibetan_name_parts)
    chosen = foreign_names.transliterated_names(text, chosen, words, lex.titles)
    chosen = foreign_names.persons_across_dots(text, chosen)
    chosen = foreign_names.dotted_names_whole(text, chosen, lex.speech_verbs)
    word_starts = {t.start for t in tokens}
    chosen = title_levers.without_posts(text, chosen, lex.titles, word_starts,
                                        lambda start, end: lex.listed_place(text[start:end]))
    chosen = person_forms.addressed_speakers(text, chosen, lex.speech_verbs)
    chosen = name_levers.without_classes(text, chosen, strong)
    chosen = name_levers.without_directions(text, chosen)
    chosen = place_levers.without_direction_tails(text, chosen, known_place)
    chosen = place_levers.features_whole(text, chosen)
    chosen = place_levers.without_leading_glue(text, chosen, words, known_place)
    starts = [(t.start, t.word) for t in tokens]
    chosen = name_levers.without_products(text, chosen, org_rules.PRODUCT_KINDS)
    chosen = name_levers.join_place_bodies(chosen, starts, org_rules.BODY_KINDS, lex.titles)
    chosen = place_levers.places_with_and(text, chosen, lex.world)
    chosen = name_levers.join_dashed_bodies(text, chosen, lex.organisations.__contains__)
    chosen = name_levers.join_bodies_over_and(text, chosen, is_body)
    chosen = name_levers.join_schools_of_fields(text, chosen)
    chosen = name_levers.sent_teams(text, chosen)
    chosen = name_levers.papers_of_places(text, chosen)
    chosen = name_levers.join_posted_missions(text, chosen)
    chosen = name_levers.blocs_alone(text, chosen, lex.countries)
    chosen = org_lists.extend_bodies(text, chosen, tokens,
                                     lambda name: lex.never(name, "ORG"))
    spans = [(t.start, t.end) for t in tokens]
    chosen = place_levers.world_places(text, chosen, spans, lex.world, lex.countries)
    chosen = bound_levers.dispatch_places_not_persons(text, chosen)
    # A name the text has settled on recurs (惠科股份有限公司 … 惠科): fill the gaps.
    # …where one of jieba's words starts (not 乡党委 in 同乡|党委委员).
    chosen = fusion.fill_gaps(chosen, [c for c in org_lists.short_forms(text, chosen, lex)
                                       if c.start in word_starts])
    chosen = fusion.fill_gaps(chosen, place_levers.world_words(text, spans, lex.world))
    # A pair jieba reads as one word that names no place: 中肯 ("apt").
    common_pairs = {(t.start, t.end) for t in tokens
                    if t.end - t.start == 2 and t.flag not in _PAIR_WORD_TAGS}
    chosen = retype_levers.world_places_whole(text, chosen, lex.world)
    chosen = edge_levers.without_place_tails(text, chosen, known_place)
    chosen = edge_levers.places_of_headquarters(text, chosen, known_place)
    chosen = edge_levers.places_in_events(text, chosen, known_place)
    chosen = edge_levers.places_of_venues(
        text, chosen, known_place, lambda start, end: lex.listed_place(text[start:end]))
    at_start = {t.start: (t.end, t.flag) for t in tokens}
    chosen = edge_levers.without_descriptions(text, chosen, model, at_start)
    chosen = edge_levers.without_people(text, chosen)
    chosen = place_pairs.country_pairs(
        text, chosen, (s for s, _e in spans), lex.world,
        lambda s, e: (s, e) in common_pairs, known_place)
    # Inside a work's title only the tables count: jieba tags 古典, 江湖 as places.
    chosen = fusion.fill_gaps(chosen, place_levers.places_in_titles(
        text, read, spans, lambda s, e: lex.listed_place(text[s:e]),
        known_place))
    chosen = fusion.fill_gaps(chosen, place_levers.chains_of_places(words, known_place))
    chosen = place_chains.split_after_known_heads(text, chosen, known_place)
    chosen = place_chains.split_after_countries(text, chosen, lex.countries, known_place)
    chosen = fusion.fill_gaps(chosen, place_chains.towns_after_places(
        text, chosen, lambda word: word in tags and tags[word] != "ns"))
    chosen = place_chains.places_in_counted_lists(
        text, chosen, words,
        # an everyday word or a body's name, unless a county's short name (双牌 of
        # 双牌县 is tagged n)
        lambda word: tags.get(word, "ns") not in _PLACE_TAGS and not any(
            lex.listed_place(word + end) for end in ("", "县", "市", "区")))
    chosen = place_chains.places_read_whole(
        text, sorted(chosen, key=lambda c: c.start), words,
        lambda s, e: lex.listed_place(text[s:e]))
    chosen = place_chains.split_into_listed(
        text, chosen, words,
        lambda name: lex.places.get(name) in _LISTED_LEVELS)
    chosen = place_chains.divisions_in_chains(
        text, sorted(chosen, key=lambda c: c.start), words,
        lambda name: lex.places.get(name) in _DIVISION_LEVELS)
    chosen = fusion.fill_gaps(chosen, person_levers.persons_in_titles(text, read, words,
                                                                      lex.surnames))
    chosen = fusion.fill_gaps(chosen, person_joins.persons_in_awards(text, words, tags,
                                                                     lex.surnames))
    chosen = place_levers.without_trailing_words(text, chosen, known_place)
    chosen = edge_levers.without_unnamed_bodies(text, chosen)
    chosen = edge_levers.split_joint_bodies(text, chosen, is_body)
    chosen = edge_levers.split_held_posts(text, chosen, lex.titles, is_body)
    chosen = edge_levers.without_holding_verbs(text, chosen)
    chosen = retype_levers.world_names_as_places(text, chosen, lex.world)
    chosen = retype_levers.pairs_as_places(text, chosen, known_place)
    chosen = retype_levers.townships_as_places(text, chosen)
    chosen = retype_levers.commands_as_bodies(text, chosen)
    chosen = retype_levers.without_services(text, chosen)
    chosen = retype_levers.rejoined_compound_surnames(
        text, sorted(chosen, key=lambda c: c.start), lex.surnames)
    chosen = retype_levers.compound_surname_persons(text, chosen, words, lex.surnames)
    chosen = retype_levers.hyphened_persons(text, chosen)
    chosen = retype_levers.numbered_persons(text, chosen)
    chosen = retype_levers.persons_as_places(text, chosen, words)
    chosen = retype_levers.persons_all_through(text, chosen, lex.titles)
    chosen = frame_levers.without_meeting_verbs(text, chosen, known_place)
    chosen = frame_levers.with_repeated_heads(text, sorted(chosen, key=lambda c: c.start))
    chosen = frame_levers.without_member_counts(text, chosen)
    chosen = frame_levers.typed_by_last_character(text, chosen)
    chosen = frame_levers.without_when(text, chosen)
    chosen = frame_levers.with_given_names(text, chosen, words)
    chosen = frame_levers.departments(text, sorted(chosen, key=lambda c: c.start), words)
    chosen = edge_levers.without_unnamed_units(text, chosen)
    chosen = fusion.fill_gaps(chosen, frame_levers.persons_after_roles(
        text, chosen, words, lex.surnames, lex.titles, tags.__contains__))
    chosen = frame_levers.places_before_bodies(text, sorted(chosen, key=lambda c: c.start))
    chosen = fusion.fill_gaps(chosen, frame_levers.china_after_travel(text, words))
    chosen = frame_levers.without_branded_products(
        text, chosen, lambda name: lex.org_suffix(name) is not None)
    chosen = post_levers.towns_before_posts(text, chosen, words, known_place)
    chosen = edge_levers.divisions_after_landmarks(text, chosen, at_start, lex.curated_place)
    chosen = unnamed_levers.sides_as_countries(text, chosen)
    chosen = unnamed_levers.without_storms(text, chosen)
    chosen = unnamed_levers.without_rain_and_snow(text, chosen)
    chosen = unnamed_levers.without_party_roles(text, chosen)
    chosen = unnamed_levers.provinces_come_to(text, chosen)
    chosen = unnamed_levers.without_counted_kinds(
        text, chosen, lambda s, e: everyday_words.common_words(at_start, s, e))
    chosen = unnamed_levers.without_homes_of_things(
        text, chosen, lambda s, e: everyday_words.common_words(at_start, s, e))
    chosen = unit_levers.units_of_bodies(text, chosen, lex.titles)
    chosen = unit_levers.without_holding_words(text, chosen)
    chosen = unit_levers.firms_before_officers(text, chosen)
    chosen = unit_levers.listed_firms(text, unit_levers.without_and_others(text, chosen))
    chosen = unit_levers.persons_named_whole(text, chosen)
    chosen = unit_levers.congresses_of_deputies(text, chosen)
    chosen = unit_levers.bodies_of_places(text, chosen, lex, tags)
    chosen = fusion.fill_gaps(chosen, bound_levers.parties_before_plenums(text))
    chosen = fusion.fill_gaps(chosen, bound_levers.dateline_places(text, known_place))
    chosen = place_pairs.names_made_of_pairs(text, chosen, lex.listed_place)
    return fusion.fill_gaps(chosen, name_levers.short_country_names(text))


def _glued_to_post(text: str, cand: Candidate, read_starts: list[int],
                   read: list[tuple[int, int, str]], titles: frozenset[str]) -> bool:
    """The model's word holding ``cand`` (``read``, sorted, disjoint; ``read_starts``
    their starts) is a post and ``cand`` run together, and no name."""
    k = bisect.bisect_right(read_starts, cand.start) - 1
    if k < 0:
        return False
    start, end, tag = read[k]
    return start < cand.start and cand.end <= end and tag not in ("PER", "LOC", "ORG") \
        and text[start:cand.start] in titles


def _repeat_persons(text: str, candidates: list[Candidate]) -> Iterable[Candidate]:
    """A name once seen with a title stays a name elsewhere in the same text (周济认为…)."""
    names = {text[c.start:c.end] for c in candidates if c.type == "PER"}
    for name in names:
        for at in occurrences(text, name):
            yield Candidate(at, at + len(name), "PER", 2)


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping choice: longer spans first, then stronger ones."""
    order = sorted(candidates, key=lambda c: (c.end - c.start, c.strength, -c.start),
                   reverse=True)
    taken = Taken()
    chosen: list[Candidate] = []
    for cand in order:
        if taken.free(cand.start, cand.end):
            taken.take(cand.start, cand.end)
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)
