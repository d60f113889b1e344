"""Real administrative documents of five kinds, as their issuers published them (excerpts),
laid out the way Nghị định 30/2020/NĐ-CP frames them, to be built into .docx files by the
tests. Vietnamese administrative documents are not protected by copyright (Luật Sở hữu trí
tuệ, Điều 15). Where the published page gave only the body, the frame (issuer, «Số:»,
place and date, signature) follows the same issuer's other documents and is marked
«frame reconstructed»."""

from __future__ import annotations

from dataclasses import dataclass, field

Row = tuple[str, ...]


@dataclass(frozen=True)
class Doc:
    source: str
    issuer: tuple[str, ...]  # left header cell
    number: tuple[str, ...]  # «Số: …» (and a công văn's V/v) under it
    place_date: str
    title: tuple[str, ...]  # centred: the kind and the subject ("" for a công văn)
    body: tuple[object, ...]  # str paragraph, ("list", str) numbered, ("table", rows)
    recipients: tuple[str, ...]
    signature: tuple[str, ...]
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)


THONG_BAO = Doc(
    source="https://huongxuan.thuathienhue.gov.vn/?cn=28&gd=7&tc=4128 (frame reconstructed)",
    issuer=("ỦY BAN NHÂN DÂN", "PHƯỜNG HƯƠNG XUÂN"),
    number=("Số: 85/TB-UBND",),
    place_date="Hương Xuân, ngày 12 tháng 5 năm 2020",
    title=("THÔNG BÁO", "Về việc ngừng cấp điện để cải tạo, sửa chữa lưới điện"),
    body=(
        "Theo Thông báo số 308/TB-ĐLHTr ngày 08 tháng 5 năm 2020 của Điện lực Hương Trà về "
        "việc ngừng cấp điện để tiến hành cải tạo, sửa chữa lưới điện. Nay UBND phường "
        "Hương Xuân thông báo thời gian và địa điểm ngừng cấp điện trên địa bàn phường như sau:",
        (
            "table",
            (
                ("STT", "Địa bàn", "Thời gian"),
                ("1", "TDP Thanh Lương 4 (địa bàn TDP 9 cũ)", "từ 07h00 đến 17h00 ngày 14/5/2020"),
                ("2", "TDP Thanh Tiên (địa bàn TDP 11 cũ)", "từ 07h00 đến 17h00 ngày 14/5/2020"),
            ),
        ),
        "Vậy UBND phường thông báo cho cán bộ và nhân dân trên địa bàn phường được biết để "
        "có kế hoạch sắp xếp, bố trí công việc./.",
    ),
    recipients=("Nơi nhận:", "- Các TDP;", "- Đài truyền thanh phường;", "- Lưu: VT."),
    signature=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Bình"),
)

KE_HOACH = Doc(
    source="https://phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm",
    issuer=("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"),
    number=("Số: 155/KH-UBND",),
    place_date="Bắc Ninh, ngày 26 tháng 5 năm 2017",
    title=(
        "KẾ HOẠCH",
        "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI "
        "ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH BẮC NINH",
    ),
    body=(
        "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của "
        "Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch; Ủy "
        "ban nhân dân tỉnh ban hành Kế hoạch triển khai đăng ký và thống kê hộ tịch giai "
        "đoạn 2017 - 2024 trên địa bàn tỉnh Bắc Ninh như sau:",
        "I. MỤC TIÊU",
        ("list", "Mục tiêu tổng quát"),
        "Bảo đảm các sự kiện hộ tịch của công dân Việt Nam cư trú trên địa bàn tỉnh được "
        "đăng ký kịp thời, đầy đủ, chính xác, đúng quy định pháp luật¹.",
        ("list", "Mục tiêu cụ thể"),
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "Tăng cường công tác tuyên truyền, phổ biến pháp luật về hộ tịch.",
    ),
    recipients=("Nơi nhận:", "- Bộ Tư pháp (b/c);", "- TTTU, TTHĐND tỉnh (b/c);", "- Lưu: VT, NC."),
    signature=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Tiến Nhường"),
)

QUYET_DINH = Doc(
    source="https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-361-QD-UBND-thu-tuc-hanh-chinh-chuan-hoa-ban-Dan-toc-Phu-Yen-2016-306111.aspx",
    issuer=("ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN"),
    number=("Số: 361/QĐ-UBND",),
    place_date="Phú Yên, ngày 05 tháng 02 năm 2016",
    title=(
        "QUYẾT ĐỊNH",
        "V/V CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA BAN "
        "DÂN TỘC TỈNH PHÚ YÊN",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    ),
    body=(
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;",
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/06/2010 của Chính phủ về kiểm soát thủ "
        "tục hành chính;",
        "Xét đề nghị của Trưởng Ban Dân tộc tại Tờ trình số 29/TTr-BDT ngày 20/01/2016,",
        "QUYẾT ĐỊNH:",
        "Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính được chuẩn hóa thuộc "
        "thẩm quyền giải quyết của Ban Dân tộc tỉnh Phú Yên.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
    ),
    recipients=("Nơi nhận:", "- Như Điều 3;", "- Cục Kiểm soát TTHC (Bộ Tư pháp);", "- Lưu: VT."),
    signature=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Phạm Đình Cự"),
)

GIAY_MOI = Doc(
    source="http://vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27440 "
    "(frame reconstructed)",
    issuer=("ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG"),
    number=("Số: 12/GM-UBND",),
    place_date="Hải Dương, ngày 01 tháng 02 năm 2018",
    title=("GIẤY MỜI", "Dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018"),
    body=(
        "Hưởng ứng phong trào “Mùa xuân là Tết trồng cây” do Bác Hồ phát động; Ủy ban nhân "
        "dân tỉnh Hải Dương tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân "
        "Mậu Tuất 2018.",
        "1. Thành phần mời: Lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh; Bí thư, Chủ tịch "
        "UBND các huyện, thành phố, thị xã.",
        "2. Thời gian: từ 7h30 đến 9h00, Thứ ba, ngày 06/02/2018.",
        "3. Địa điểm: Tại Văn Miếu Mao Điền, huyện Cẩm Giàng.",
        "Kính mời các đại biểu về dự để buổi Lễ thành công tốt đẹp./.",
    ),
    recipients=("Nơi nhận:", "- Như thành phần mời;", "- Lưu: VT."),
    signature=("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Hải"),
)

CONG_VAN = Doc(
    source="https://luatminhkhue.vn/cong-van-735-ubnd-kt-trien-khai-thang-hanh-dong-ve-sinh-"
    "tieu-doc-khu-trung-phong-chong-dich-cum-a--h5n1-.aspx",
    issuer=("UỶ BAN NHÂN DÂN TỈNH AN GIANG", "******"),
    number=(
        "Số: 735/UBND-KT",
        "V/v Triển khai tháng hành động vệ sinh tiêu độc khử trùng phòng chống dịch cúm A (H5N1)",
    ),
    place_date="Long Xuyên, ngày 09 tháng 03 năm 2006",
    title=(),
    body=(
        "Kính gửi: Sở Nông nghiệp và Phát triển nông thôn; Sở Y tế; Ủy ban nhân dân huyện, "
        "thị, thành phố.",
        "Căn cứ công văn số 1289/BYT-DP ngày 01/3/2006 của Bộ Y tế về việc triển khai chiến "
        "dịch vệ sinh môi trường phòng chống dịch cúm A (H5N1). Ủy ban nhân dân tỉnh yêu cầu:",
        "Sở Nông nghiệp và Phát triển nông thôn phối hợp với Sở Y tế cùng UBND huyện, thị, "
        "thành phố tổ chức triển khai tháng hành động vệ sinh tiêu độc khử trùng trên địa "
        "bàn toàn tỉnh.",
    ),
    recipients=("Nơi nhận:", "- Như trên;", "- TT.UBND tỉnh;", "- Phòng KT, TH, VHXH, VT."),
    signature=("TL. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "CHÁNH VĂN PHÒNG", "Thái Hữu Phép"),
)

ALL = {
    "thông báo": THONG_BAO,
    "kế hoạch": KE_HOACH,
    "quyết định": QUYET_DINH,
    "giấy mời": GIAY_MOI,
    "công văn": CONG_VAN,
}
