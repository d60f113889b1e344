"""Sport results: a match's score, a race time, a class range."""

import pytest

from broadcaster.speech.textnorm.goalminutes import read_goal_minutes
from broadcaster.speech.textnorm.normalize import normalize_text
from broadcaster.speech.textnorm.sport import read_sport_shapes


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("thắng 3-0", "thắng ba không"),
        ("tỷ số chung cuộc là 2-1", "tỷ số chung cuộc là hai một"),
        ("thất bại 2-3 lần", "thất bại 2-3 lần"),
        ("kết quả 1'23\"01", "kết quả một phút hai mươi ba giây không một"),
        ("về đích sau 15’42”55", "về đích sau mười lăm phút bốn mươi hai giây năm mươi lăm"),
        ("tiếp sức 44”50", "tiếp sức bốn mươi tư giây năm mươi"),
        # a rowing time to the thousandth
        ("về đích (8’42”065)", "về đích (tám phút bốn mươi hai giây không sáu năm)"),
        ("thuyền đôi 8’26”447", "thuyền đôi tám phút hai mươi sáu giây bốn trăm bốn mươi bảy"),
        # «kết quả» in a line about a match is its score; out of one, a day
        ("trận bán kết, thắng với kết quả 15-7", "trận bán kết, thắng với kết quả mười lăm bảy"),
        ("công bố kết quả 15-7", "công bố kết quả 15-7"),
        (
            "Trận chung kết: thắng với kết quả chung cuộc 2-1",
            "Trận chung kết: thắng với kết quả chung cuộc hai một",
        ),
        # «Hòa» in a place's name, «giải» in «giải quyết», a count after: no match
        (
            "tỉnh Khánh Hòa công bố kết quả 20-7, giải quyết",
            "tỉnh Khánh Hòa công bố kết quả 20-7, giải quyết",
        ),
        ("Trận đấu; trả kết quả 10-15 hồ sơ", "Trận đấu; trả kết quả 10-15 hồ sơ"),
        # a sentence about two sides: its own words, not another sentence's
        (
            "Đội An Bình thắng đội Tân Phú với kết quả 3-1.",
            "Đội An Bình thắng đội Tân Phú với kết quả ba một.",
        ),
        ("Kết quả: 4-1 nghiêng về đội U15", "Kết quả: bốn một nghiêng về đội U15"),
        (
            "Trận đấu sôi nổi. Trường công bố kết quả 15-7.",
            "Trận đấu sôi nổi. Trường công bố kết quả 15-7.",
        ),
        # a bearing's seconds are no race time
        ("tọa độ 10°20'15\"106°30'", "tọa độ 10°20'15\"106°30'"),
        ("hạng S7-S8", "hạng ét 7 đến ét 8"),
        ("từ C2 - C6", "từ xê 2 đến xê 6"),
        ("lớp 4A-5B", "lớp 4A-5B"),
    ],
)
def test_scores_race_times_and_class_ranges_are_shaped_as_an_announcer_says_them(
    text: str, shaped: str
) -> None:
    assert read_sport_shapes(text) == shaped


def test_a_quote_that_closes_a_title_is_no_race_time() -> None:
    assert "hai mươi tư giây" not in normalize_text("bài “Bài ca 24”50 năm")
    assert "hai nghìn không trăm hai mươi tư năm mươi tập" in normalize_text(
        "phim “Mùa hè 2024” 50 tập"
    )


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "1/ Hà Nội (4V, 2B, 1Đ); 2/ Vĩnh Long",
            "bốn huy chương vàng, hai huy chương bạc, một huy chương đồng",
        ),
        (
            "sau 4 loạt bắn là 40-39, 79-77 và 159-155.",
            "bốn mươi ba mươi chín, bảy mươi chín bảy mươi bảy và một trăm năm mươi chín một"
            " trăm năm mươi lăm",
        ),
        ("trận đấu diễn ra ngày 30-12", "ngày ba mươi tháng mười hai"),  # a date, no score
        ("trận đấu hạng 60-55 kg", "sáu mươi đến"),  # a measure
        ("giảm từ 50-40 tấn", "năm mươi"),  # no match named: left to the range rules
        ("Quốc lộ 37 đoạn Km 45-30 bị ngập, trận đấu hoãn", "bốn mươi lăm-ba mươi"),
        ("Mặt trận Tổ quốc xã họp tại số nhà 45-23", "bốn mươi lăm đến hai mươi ba"),
        ("trận đấu bắt đầu, đi xe mất 45-40 phút", "bốn mươi lăm đến bốn mươi phút"),
        ("Tại SEA Games 33-2025, 3 môn", "ba mươi ba, năm hai nghìn không trăm hai mươi lăm"),
        ("ASIAD 19-2023 khép lại", "mười chín, năm hai nghìn không trăm hai mươi ba"),
        ("Đoàn dự SEA games 33 và Sea Games 34", "xi ghêm ba mươi ba và xi ghêm ba mươi tư"),
    ],
)
def test_medal_counts_falling_points_and_the_games_year_are_never_ranges(
    text: str, reading: str
) -> None:
    assert reading in normalize_text(text)


def test_falling_points_without_a_match_in_the_line_stay_for_the_other_rules() -> None:
    assert read_sport_shapes("khoảng cách 40-39") == "khoảng cách 40-39"
    assert read_sport_shapes("bộ đồ chơi set 668-41") == "bộ đồ chơi set 668-41"


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Đội nam thắng 3-1 (25-20, 23-25, 25-18, 25-22) trước đội bạn",
            "thắng ba một, hai mươi lăm hai mươi, hai mươi ba hai mươi lăm, hai mươi lăm mười"
            " tám, hai mươi lăm hai mươi hai,",
        ),
        ("Việt Nam thắng 2-1 (1-0) trước Lào", "thắng hai một, một không,"),  # half time
        (
            "Đội nữ thắng 3-0 với các ván 25-12, 25-18, 25-20.",
            "các ván hai mươi lăm mười hai, hai mươi lăm mười tám, hai mươi lăm hai mươi.",
        ),
        ("Tỉ số các séc: 25-10, 25-8.", "các séc: hai mươi lăm mười, hai mươi lăm tám."),
        ("Trận bán kết, các tỷ số 21-19, 18-21 và 21-15", "mười tám hai mươi mốt và hai mươi"),
    ],
)
def test_the_sets_scores_after_a_score_or_after_the_sets_name_are_scores(
    text: str, reading: str
) -> None:
    assert reading in normalize_text(text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Ngày 3-5 (15-3 âm lịch) khai mạc", "15-3"),  # no score before the bracket
        ("Hòa 1-1 (12-10, 11-12, 9-11) thì chưa", "12-10, 11-12, 9-11"),  # more than its sets
        ("thi đấu ván 2, ván 3 lúc 15-17 giờ", "15-17"),  # a span of hours
        ("Đội thợ cưa tấm ván 2-3 cm", "2-3"),  # a plank
        ("tấm ván 20-30 tấm", "20-30"),  # no game in the line
    ],
)
def test_pairs_that_are_no_sets_scores_stay_for_the_other_rules(text: str, pairs: str) -> None:
    assert pairs in read_sport_shapes(text)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a match's final score after «chung cuộc», sets levelled after «san bằng cách biệt»
        ("Liên quân thắng chung cuộc 2-1.", "Liên quân thắng chung cuộc hai một."),
        ("đã san bằng cách biệt 1-1 trong sét 2", "đã san bằng cách biệt một một trong sét hai"),
        ("san bằng 2-3 ha đất", "san bằng hai đến ba héc ta đất"),  # razed: a span
        # a runner's pace: minutes and seconds a kilometre, not hours and minutes
        ("pace trung bình 2:59/km", "pace trung bình hai phút năm mươi chín giây một ki lô mét"),
        ("chạy 5:30 / km", "chạy năm phút ba mươi giây một ki lô mét"),
    ],
)
def test_final_scores_levelled_sets_and_a_runners_pace(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # «chung cuộc», «dẫn» make a score only in a sentence about a match, with no count after
        (
            "Giải thưởng chung cuộc 5-10 triệu đồng",
            "Giải thưởng chung cuộc năm đến mười triệu đồng",
        ),
        (
            "Các đội xếp hạng chung cuộc 1-3 được trao cúp.",
            "Các đội xếp hạng chung cuộc một đến ba được trao cúp.",
        ),
        ("Chung cuộc 2-3 xã đạt chuẩn.", "Chung cuộc hai đến ba xã đạt chuẩn."),
        ("dẫn 2-3 km đường", "dẫn hai đến ba ki lô mét đường"),
        (
            "Kết quả chung cuộc 2-1 nghiêng về chủ nhà.",
            "Kết quả chung cuộc hai một nghiêng về chủ nhà.",
        ),
        # the score words of a match report
        ("Hoàng Đức san bằng tỷ số thành 1-1", "Hoàng Đức san bằng tỷ số thành một một"),
        ("Văn Toàn nâng tỷ số lên 2-0", "Văn Toàn nâng tỷ số lên hai không"),
        ("rút ngắn tỷ số xuống 1-2", "rút ngắn tỷ số xuống một hai"),
        ("vươn lên dẫn 2-1 trong trận đấu", "vươn lên dẫn hai một trong trận đấu"),
        # a clause ends at «!»; the match is named before it
        (
            "Kết quả 3-1 nghiêng về chủ nhà! Trận đấu diễn ra trên sân xã.",
            "Kết quả ba một nghiêng về chủ nhà! Trận đấu diễn ra trên sân xã.",
        ),
        # a pace typed with capitals, a unit word or primes
        ("pace 5:30/Km", "pace năm phút ba mươi giây một ki lô mét"),
        ("tốc độ 6:15 min/km", "tốc độ sáu phút mười lăm giây một ki lô mét"),
        ("pace 5'30\"/km", "pace năm phút ba mươi giây một ki lô mét"),
    ],
)
def test_weak_score_words_and_pace_variants(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Ghi bàn: Văn Hùng (21')", "Ghi bàn: Văn Hùng (phút hai mươi mốt)"),
        (
            "Cầu thủ Tiến Linh (30’, 45’+1)",
            "Cầu thủ Tiến Linh (phút ba mươi, phút bốn mươi lăm cộng một)",
        ),
        (
            "futsal: Minh Đức (8'40'', 19'02'')",
            "futsal: Minh Đức (phút tám giây bốn mươi, phút mười chín giây hai)",
        ),
        # no scorer's name before the bracket: lengths of time, a height, an opening hour
        ("mỗi hiệp (45') và nghỉ (15')", "mỗi hiệp (45') và nghỉ (15')"),
        ("Tiền đạo cao 1,85m (6'1'')", "Tiền đạo cao 1,85m (6'1'')"),
        ("Nhà văn hóa mở cửa (8’ – 11’)", "Nhà văn hóa mở cửa (8’ – 11’)"),
        ("bàn thắng (30)", "bàn thắng (30)"),
    ],
)
def test_goal_minutes_in_brackets_after_a_scorer_are_said_as_the_matchs_minutes(
    text: str, shaped: str
) -> None:
    assert read_goal_minutes(text, lambda line: True) == shaped
