"""Patient split, language mix and filters: behaviour on constructed inputs."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from medadapt.corpus.dedup import (
    NearDupParams,
    agreement_floor,
    band_buckets,
    jaccard,
    near_drops,
    order_key,
    shingles,
    signature,
    signature_similarity,
    signature_values,
)
from medadapt.corpus.filters import dedup, keyword_density, length_filter
from medadapt.corpus.mix import MixError, build_mix, mix_counts
from medadapt.corpus.split import split_patients


def _strata(n_ru: int, n_kk: int, n_mixed: int) -> dict[str, str]:
    langs = ["ru"] * n_ru + ["kk"] * n_kk + ["mixed"] * n_mixed
    return {f"p{i:04d}": lang for i, lang in enumerate(langs)}


@pytest.mark.parametrize("sizes", [(100, 60, 40), (7, 5, 3), (1, 1, 1), (340, 0, 160)])
def test_split_ratios_and_stratification(sizes) -> None:
    strata = _strata(*sizes)
    split = split_patients(strata, (0.85, 0.10, 0.05), seed=3)
    assert set(split) == set(strata)  # every patient in exactly one split
    total = Counter(split.values())
    n = len(strata)
    assert total["val"] == round(n * 0.10) and total["test"] == round(n * 0.05)
    for lang in ("ru", "kk", "mixed"):
        members = [p for p, lang_ in strata.items() if lang_ == lang]
        for name, share in (("train", 0.85), ("val", 0.10), ("test", 0.05)):
            got = sum(1 for p in members if split[p] == name)
            assert abs(got - len(members) * share) < 1.0 + 1e-9


def test_split_deterministic_per_seed() -> None:
    strata = _strata(50, 30, 20)
    assert split_patients(strata, seed=1) == split_patients(dict(reversed(strata.items())),
                                                            seed=1)
    assert split_patients(strata, seed=1) != split_patients(strata, seed=2)


def test_split_rejects_bad_ratios() -> None:
    with pytest.raises(ValueError, match="corpus.split"):
        split_patients({"p": "ru"}, (0.9, 0.2, 0.0))


def _dialogues(counts: dict[str, int]) -> list[dict]:
    return [{"id": f"{lang}-{i}", "language": lang} for lang, n in counts.items()
            for i in range(n)]


@pytest.mark.parametrize("ratios", [{"kk": 1, "ru": 1}, {"kk": 3, "ru": 1, "mixed": 1},
                                    {"kk": 0.2, "ru": 0.5, "mixed": 0.3}, {"ru": 1}])
@pytest.mark.parametrize("size", [None, 37, 101])
def test_mix_hits_ratios_within_one(ratios, size) -> None:
    pool = _dialogues({"kk": 120, "ru": 200, "mixed": 90})
    mix = build_mix(pool, ratios, seed=5, size=size)
    counts = Counter(d["language"] for d in mix)
    total = len(mix)
    weight = sum(ratios.values())
    for lang, r in ratios.items():
        assert abs(counts[lang] - total * r / weight) <= 1
    assert len({d["id"] for d in mix}) == total  # sampled without replacement
    assert size is None or total == size
    assert build_mix(pool, ratios, seed=5, size=size) == mix


def test_mix_uses_largest_feasible_size_and_reports_shortage() -> None:
    assert sum(mix_counts({"kk": 1, "ru": 1}, {"kk": 10, "ru": 100}).values()) == 20
    with pytest.raises(MixError, match="kk: need"):
        mix_counts({"kk": 1, "ru": 1}, {"kk": 10, "ru": 100}, size=40)


def test_density_counts_distinct_keywords_and_share() -> None:
    keywords = ["перелом*", "остеосинтез*", "мкб-10", "сынығ*"]
    dense = keyword_density("Перелом, остеосинтез; сынығы. МКБ-10", keywords)
    assert dense.distinct == 4 and dense.share > 0.5
    sparse = keyword_density("Погода была хорошая, перелома не было.", keywords)
    assert sparse.distinct == 1 and sparse.share < 0.25


def _items(texts: list[str]) -> list[dict]:
    return [{"id": i, "text": t} for i, t in enumerate(texts)]


def test_exact_and_near_dedup_remove_only_duplicates() -> None:
    base = ("Закрытый перелом шейки левой бедренной кости со смещением, тип 31-B2 по AO/OTA. "
            "Выполнено тотальное эндопротезирование тазобедренного сустава. ") * 3
    other = ("Разрыв заднего рога медиального мениска правого коленного сустава. "
             "Выполнена артроскопическая парциальная менискэктомия, ЛФК. ") * 3
    items = _items([base, "  " + base.upper(), base.replace("31-B2", "31-B3"), other])
    kept, exact, near = dedup(items, lambda d: d["text"], lambda d: "g",
                              NearDupParams(threshold=0.8))
    assert [d["id"] for d in kept] == [0, 3] and (exact, near) == (1, 1)
    kept, exact, near = dedup(items, lambda d: d["text"], lambda d: "g",
                              NearDupParams(threshold=1.0))
    assert [d["id"] for d in kept] == [0, 2, 3] and (exact, near) == (1, 0)


def test_near_dedup_by_group_keeps_cross_group_pairs() -> None:
    text = "Перелом лодыжек левой голени со смещением отломков, остеосинтез пластиной. " * 4
    items = [{"g": g, "text": text + g} for g in ("ru", "kk", "ru")]
    kept, exact, near = dedup(items, lambda d: d["text"], lambda d: d["g"],
                              NearDupParams(threshold=0.9))
    assert [d["g"] for d in kept] == ["ru", "kk"] and (exact, near) == (1, 0)
    items = [{"g": g, "text": text + str(i)} for i, g in enumerate(("ru", "kk", "ru"))]
    kept, exact, near = dedup(items, lambda d: d["text"], lambda d: d["g"],
                              NearDupParams(threshold=0.9))
    assert [d["g"] for d in kept] == ["ru", "kk"] and (exact, near) == (0, 1)


def test_near_drops_applies_the_sequential_rule() -> None:
    base = ("Перелом шейки бедренной кости со смещением, эндопротезирование тазобедренного "
            "сустава. ") * 2
    a = base + "Ходьба с костылями шесть недель."
    b = base + "Ходьба с костылями восемь недель, ЛФК."
    c = base + "Ходьба с тростью восемь недель, ЛФК, массаж."
    # Jaccard a~b 0.81, b~c 0.76, a~c 0.66; 32 bands of 4 rows: a pair at 0.81 shares a
    # band with probability 1 - 1e-8, so the test checks the rule, not the hash's luck
    params = NearDupParams(threshold=0.74, num_perm=128, bands=32)

    def items(*keyed):
        return [(k, "g", t, signature(t, params).tobytes()) for k, t in keyed]

    # b goes (a is kept and similar); c stays: its only near duplicate, b, was dropped
    keys = [order_key("train", "p1", i) for i in range(3)]
    assert near_drops(items(*zip(keys, (a, b, c), strict=True)), params) == {keys[1]}
    # a copy in the test split of a train dialogue is the one dropped, whatever the input order
    test, train = order_key("test", "p1", 0), order_key("train", "p9", 0)
    assert near_drops(items((test, b), (train, a)), params) == {test}
    # other groups never meet
    assert near_drops([(train, "g1", a, signature(a, params).tobytes()),
                       (test, "g2", b, signature(b, params).tobytes())], params) == set()


def test_signatures_estimate_jaccard_and_fill_every_band() -> None:
    params = NearDupParams(threshold=0.9, num_perm=128, bands=16)
    a = "Перелом шейки бедренной кости со смещением, эндопротезирование сустава. " * 3
    b = a.replace("смещением", "смещением отломков")
    other = "Разрыв мениска правого коленного сустава, артроскопия, ЛФК по программе. " * 3
    sig_a, sig_b, sig_o = (signature(t, params) for t in (a, b, other))
    true = jaccard(shingles(a, 5), shingles(b, 5))
    assert 0.5 < true < 0.95
    assert abs(signature_similarity(sig_a.tobytes(), sig_b.tobytes()) - true) < 0.15
    assert signature_similarity(sig_a.tobytes(), sig_a.tobytes()) == 1.0
    assert signature_similarity(sig_a.tobytes(), sig_o.tobytes()) < 0.1
    # each band covers its own rows: unrelated texts share no bucket (an empty band would
    # put every item into one bucket and make the sequential rule quadratic)
    assert (signature_values(sig_a.tobytes()) == sig_a).all()  # the bytes items travel as
    assert len(set(band_buckets(sig_a, "g", params))) == params.bands
    assert not set(band_buckets(sig_a, "g", params)) & set(band_buckets(sig_o, "g", params))
    with pytest.raises(ValueError, match="expected 128"):
        band_buckets(sig_a[:64], "g", params)


def test_agreement_floor_is_a_far_binomial_tail() -> None:
    assert agreement_floor(NearDupParams(threshold=1.0)) == 1.0
    floor = agreement_floor(NearDupParams(threshold=0.9))  # 32 rows
    assert 0.3 < floor < 0.9


def test_length_filter_bounds_inclusive() -> None:
    items = _items(["a" * n for n in (5, 10, 20, 21)])
    kept, removed = length_filter(items, lambda d: len(d["text"]), 10, 20)
    assert [len(d["text"]) for d in kept] == [10, 20] and removed == 2


def test_no_patient_in_two_splits_for_many_seeds() -> None:
    strata = _strata(30, 20, 10)
    for seed in range(5):
        split = split_patients(strata, seed=seed)
        groups = {name: {p for p, s in split.items() if s == name} for name in
                  ("train", "val", "test")}
        for a, b in itertools.combinations(groups.values(), 2):
            assert not a & b
