// GENERATED FILE: do not edit. Regenerate with:
//     python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install vietnamadminunits==1.0.4
//     /tmp/gaz/bin/python scripts/gazetteer/generate.py
//
// Provenance: PyPI package `vietnamadminunits` 1.0.4 (MIT licence,
// Copyright (c) 2025 Tran Ngoc Minh Hieu; github.com/tranngocminhhieu/vietnamadminunits), which
// carries the General Statistics Office's list of administrative units: 63 province-level
// units, 696 districts and the named wards as of early 2025, the
// mapping to the 34 units in force from 1 July 2025 and their 3321 communes, wards and special
// zones. Hand-curated additions from
// scripts/gazetteer/: aliases.tsv, common_words.txt and 3 Hồ Chí Minh City districts
// abolished in 2021.
//
// Format, one record per line, fields separated by tabs:
//   P code short official kind(city|province) mergedShort mergedCode mergedOfficial
//   A target(s "A+B", "-" for none) alias mode(plain|context|none)
//   D code provinceCode type short flags(h historical, c ordinary word: needs a type word)
//   W districtCode type short                  (before 1 July 2025)
//   N postMergerCode type short                (since 1 July 2025: Phường, Xã, Đặc khu)

/// The gazetteer's source records; parsed once by `Gazetteer`.
enum GazetteerData {
    static let records = #"""
P	01	Hà Nội	Thành phố Hà Nội	city	Hà Nội	01	Thành phố Hà Nội
P	02	Hà Giang	Tỉnh Hà Giang	province	Tuyên Quang	08	Tỉnh Tuyên Quang
P	04	Cao Bằng	Tỉnh Cao Bằng	province	Cao Bằng	04	Tỉnh Cao Bằng
P	06	Bắc Kạn	Tỉnh Bắc Kạn	province	Thái Nguyên	19	Tỉnh Thái Nguyên
P	08	Tuyên Quang	Tỉnh Tuyên Quang	province	Tuyên Quang	08	Tỉnh Tuyên Quang
P	10	Lào Cai	Tỉnh Lào Cai	province	Lào Cai	15	Tỉnh Lào Cai
P	11	Điện Biên	Tỉnh Điện Biên	province	Điện Biên	11	Tỉnh Điện Biên
P	12	Lai Châu	Tỉnh Lai Châu	province	Lai Châu	12	Tỉnh Lai Châu
P	14	Sơn La	Tỉnh Sơn La	province	Sơn La	14	Tỉnh Sơn La
P	15	Yên Bái	Tỉnh Yên Bái	province	Lào Cai	15	Tỉnh Lào Cai
P	17	Hòa Bình	Tỉnh Hòa Bình	province	Phú Thọ	25	Tỉnh Phú Thọ
P	19	Thái Nguyên	Tỉnh Thái Nguyên	province	Thái Nguyên	19	Tỉnh Thái Nguyên
P	20	Lạng Sơn	Tỉnh Lạng Sơn	province	Lạng Sơn	20	Tỉnh Lạng Sơn
P	22	Quảng Ninh	Tỉnh Quảng Ninh	province	Quảng Ninh	22	Tỉnh Quảng Ninh
P	24	Bắc Giang	Tỉnh Bắc Giang	province	Bắc Ninh	24	Tỉnh Bắc Ninh
P	25	Phú Thọ	Tỉnh Phú Thọ	province	Phú Thọ	25	Tỉnh Phú Thọ
P	26	Vĩnh Phúc	Tỉnh Vĩnh Phúc	province	Phú Thọ	25	Tỉnh Phú Thọ
P	27	Bắc Ninh	Tỉnh Bắc Ninh	province	Bắc Ninh	24	Tỉnh Bắc Ninh
P	30	Hải Dương	Tỉnh Hải Dương	province	Hải Phòng	31	Thành phố Hải Phòng
P	31	Hải Phòng	Thành phố Hải Phòng	city	Hải Phòng	31	Thành phố Hải Phòng
P	33	Hưng Yên	Tỉnh Hưng Yên	province	Hưng Yên	33	Tỉnh Hưng Yên
P	34	Thái Bình	Tỉnh Thái Bình	province	Hưng Yên	33	Tỉnh Hưng Yên
P	35	Hà Nam	Tỉnh Hà Nam	province	Ninh Bình	37	Tỉnh Ninh Bình
P	36	Nam Định	Tỉnh Nam Định	province	Ninh Bình	37	Tỉnh Ninh Bình
P	37	Ninh Bình	Tỉnh Ninh Bình	province	Ninh Bình	37	Tỉnh Ninh Bình
P	38	Thanh Hóa	Tỉnh Thanh Hóa	province	Thanh Hóa	38	Tỉnh Thanh Hóa
P	40	Nghệ An	Tỉnh Nghệ An	province	Nghệ An	40	Tỉnh Nghệ An
P	42	Hà Tĩnh	Tỉnh Hà Tĩnh	province	Hà Tĩnh	42	Tỉnh Hà Tĩnh
P	44	Quảng Bình	Tỉnh Quảng Bình	province	Quảng Trị	44	Tỉnh Quảng Trị
P	45	Quảng Trị	Tỉnh Quảng Trị	province	Quảng Trị	44	Tỉnh Quảng Trị
P	46	Thừa Thiên Huế	Tỉnh Thừa Thiên Huế	province	Huế	46	Thành phố Huế
P	48	Đà Nẵng	Thành phố Đà Nẵng	city	Đà Nẵng	48	Thành phố Đà Nẵng
P	49	Quảng Nam	Tỉnh Quảng Nam	province	Đà Nẵng	48	Thành phố Đà Nẵng
P	51	Quảng Ngãi	Tỉnh Quảng Ngãi	province	Quảng Ngãi	51	Tỉnh Quảng Ngãi
P	52	Bình Định	Tỉnh Bình Định	province	Gia Lai	52	Tỉnh Gia Lai
P	54	Phú Yên	Tỉnh Phú Yên	province	Đắk Lắk	66	Tỉnh Đắk Lắk
P	56	Khánh Hòa	Tỉnh Khánh Hòa	province	Khánh Hòa	56	Tỉnh Khánh Hòa
P	58	Ninh Thuận	Tỉnh Ninh Thuận	province	Khánh Hòa	56	Tỉnh Khánh Hòa
P	60	Bình Thuận	Tỉnh Bình Thuận	province	Lâm Đồng	68	Tỉnh Lâm Đồng
P	62	Kon Tum	Tỉnh Kon Tum	province	Quảng Ngãi	51	Tỉnh Quảng Ngãi
P	64	Gia Lai	Tỉnh Gia Lai	province	Gia Lai	52	Tỉnh Gia Lai
P	66	Đắk Lắk	Tỉnh Đắk Lắk	province	Đắk Lắk	66	Tỉnh Đắk Lắk
P	67	Đắk Nông	Tỉnh Đắk Nông	province	Lâm Đồng	68	Tỉnh Lâm Đồng
P	68	Lâm Đồng	Tỉnh Lâm Đồng	province	Lâm Đồng	68	Tỉnh Lâm Đồng
P	70	Bình Phước	Tỉnh Bình Phước	province	Đồng Nai	75	Tỉnh Đồng Nai
P	72	Tây Ninh	Tỉnh Tây Ninh	province	Tây Ninh	80	Tỉnh Tây Ninh
P	74	Bình Dương	Tỉnh Bình Dương	province	Hồ Chí Minh	79	Thành phố Hồ Chí Minh
P	75	Đồng Nai	Tỉnh Đồng Nai	province	Đồng Nai	75	Tỉnh Đồng Nai
P	77	Bà Rịa - Vũng Tàu	Tỉnh Bà Rịa - Vũng Tàu	province	Hồ Chí Minh	79	Thành phố Hồ Chí Minh
P	79	Hồ Chí Minh	Thành phố Hồ Chí Minh	city	Hồ Chí Minh	79	Thành phố Hồ Chí Minh
P	80	Long An	Tỉnh Long An	province	Tây Ninh	80	Tỉnh Tây Ninh
P	82	Tiền Giang	Tỉnh Tiền Giang	province	Đồng Tháp	82	Tỉnh Đồng Tháp
P	83	Bến Tre	Tỉnh Bến Tre	province	Vĩnh Long	86	Tỉnh Vĩnh Long
P	84	Trà Vinh	Tỉnh Trà Vinh	province	Vĩnh Long	86	Tỉnh Vĩnh Long
P	86	Vĩnh Long	Tỉnh Vĩnh Long	province	Vĩnh Long	86	Tỉnh Vĩnh Long
P	87	Đồng Tháp	Tỉnh Đồng Tháp	province	Đồng Tháp	82	Tỉnh Đồng Tháp
P	89	An Giang	Tỉnh An Giang	province	An Giang	91	Tỉnh An Giang
P	91	Kiên Giang	Tỉnh Kiên Giang	province	An Giang	91	Tỉnh An Giang
P	92	Cần Thơ	Thành phố Cần Thơ	city	Cần Thơ	92	Thành phố Cần Thơ
P	93	Hậu Giang	Tỉnh Hậu Giang	province	Cần Thơ	92	Thành phố Cần Thơ
P	94	Sóc Trăng	Tỉnh Sóc Trăng	province	Cần Thơ	92	Thành phố Cần Thơ
P	95	Bạc Liêu	Tỉnh Bạc Liêu	province	Cà Mau	96	Tỉnh Cà Mau
P	96	Cà Mau	Tỉnh Cà Mau	province	Cà Mau	96	Tỉnh Cà Mau
A	Bắc Kạn	Bắc Cạn	plain
A	Hải Phòng	Đất Cảng	plain
A	Hà Nội	HN	context
A	Thừa Thiên Huế	Huế	plain
A	Thừa Thiên Huế	TT Huế	plain
A	Thừa Thiên Huế	Thừa Thiên	plain
A	Kon Tum	Kontum	plain
A	Kon Tum	KonTum	plain
A	Đắk Lắk	Đăk Lăk	plain
A	Đắk Lắk	Đắk Lăk	plain
A	Đắk Lắk	Đắc Lắc	plain
A	Đắk Lắk	Daklak	plain
A	Đắk Lắk	Dak Lak	plain
A	Đắk Nông	Đăk Nông	plain
A	Đắk Nông	Đắc Nông	plain
A	Đắk Nông	Dak Nong	plain
A	Bà Rịa - Vũng Tàu	BR VT	plain
A	Bà Rịa - Vũng Tàu	BRVT	plain
A	Bà Rịa - Vũng Tàu	Bà Rịa Vũng Tàu	plain
A	Hồ Chí Minh	TPHCM	plain
A	Hồ Chí Minh	TP HCM	plain
A	Hồ Chí Minh	HCM	plain
A	Hồ Chí Minh	HCMC	plain
A	Hồ Chí Minh	Sài Gòn	plain
A	Hồ Chí Minh	Saigon	plain
A	Hồ Chí Minh	Hồ Chí Minh	context
A	Cần Thơ	Tây Đô	context
A	Quảng Nam+Đà Nẵng	Quảng Nam - Đà Nẵng	plain
A	Nghệ An+Hà Tĩnh	Nghệ Tĩnh	plain
A	Bạc Liêu+Cà Mau	Minh Hải	plain
A	Bình Dương+Bình Phước	Sông Bé	plain
A	Hải Dương+Hưng Yên	Hải Hưng	plain
A	Hà Nam+Nam Định+Ninh Bình	Hà Nam Ninh	plain
A	Quảng Ngãi+Bình Định	Nghĩa Bình	plain
A	Phú Yên+Khánh Hòa	Phú Khánh	plain
A	Quảng Bình+Quảng Trị+Thừa Thiên Huế	Bình Trị Thiên	plain
A	Hà Giang+Tuyên Quang	Hà Tuyên	plain
A	Vĩnh Phúc+Phú Thọ	Vĩnh Phú	plain
A	Bắc Giang+Bắc Ninh	Hà Bắc	plain
A	Bắc Kạn+Thái Nguyên	Bắc Thái	plain
A	Hà Nội+Hòa Bình	Hà Sơn Bình	plain
A	Hà Nội	Hà Tây	plain
A	Ninh Thuận+Bình Thuận	Thuận Hải	plain
A	Cao Bằng+Lạng Sơn	Cao Lạng	plain
A	-	Thái Bình Dương	none
D	001	01	Quận	Ba Đình	
D	002	01	Quận	Hoàn Kiếm	
D	003	01	Quận	Tây Hồ	
D	004	01	Quận	Long Biên	
D	005	01	Quận	Cầu Giấy	
D	006	01	Quận	Đống Đa	
D	007	01	Quận	Hai Bà Trưng	
D	008	01	Quận	Hoàng Mai	
D	009	01	Quận	Thanh Xuân	c
D	016	01	Huyện	Sóc Sơn	
D	017	01	Huyện	Đông Anh	
D	018	01	Huyện	Gia Lâm	
D	019	01	Quận	Nam Từ Liêm	
D	020	01	Huyện	Thanh Trì	
D	021	01	Quận	Bắc Từ Liêm	
D	250	01	Huyện	Mê Linh	
D	268	01	Quận	Hà Đông	
D	269	01	Thị xã	Sơn Tây	
D	271	01	Huyện	Ba Vì	
D	272	01	Huyện	Phúc Thọ	
D	273	01	Huyện	Đan Phượng	
D	274	01	Huyện	Hoài Đức	
D	275	01	Huyện	Quốc Oai	
D	276	01	Huyện	Thạch Thất	
D	277	01	Huyện	Chương Mỹ	
D	278	01	Huyện	Thanh Oai	
D	279	01	Huyện	Thường Tín	
D	280	01	Huyện	Phú Xuyên	
D	281	01	Huyện	Ứng Hòa	
D	282	01	Huyện	Mỹ Đức	
D	024	02	Thành phố	Hà Giang	
D	026	02	Huyện	Đồng Văn	
D	027	02	Huyện	Mèo Vạc	
D	028	02	Huyện	Yên Minh	
D	029	02	Huyện	Quản Bạ	
D	030	02	Huyện	Vị Xuyên	
D	031	02	Huyện	Bắc Mê	
D	032	02	Huyện	Hoàng Su Phì	
D	033	02	Huyện	Xín Mần	
D	034	02	Huyện	Bắc Quang	
D	035	02	Huyện	Quang Bình	
D	040	04	Thành phố	Cao Bằng	
D	042	04	Huyện	Bảo Lâm	
D	043	04	Huyện	Bảo Lạc	
D	045	04	Huyện	Hà Quảng	
D	047	04	Huyện	Trùng Khánh	
D	048	04	Huyện	Hạ Lang	
D	049	04	Huyện	Quảng Hòa	
D	051	04	Huyện	Hòa An	
D	052	04	Huyện	Nguyên Bình	
D	053	04	Huyện	Thạch An	
D	058	06	Thành phố	Bắc Kạn	
D	060	06	Huyện	Pác Nặm	
D	061	06	Huyện	Ba Bể	
D	062	06	Huyện	Ngân Sơn	
D	063	06	Huyện	Bạch Thông	
D	064	06	Huyện	Chợ Đồn	
D	065	06	Huyện	Chợ Mới	
D	066	06	Huyện	Na Rì	
D	070	08	Thành phố	Tuyên Quang	
D	071	08	Huyện	Lâm Bình	
D	072	08	Huyện	Na Hang	
D	073	08	Huyện	Chiêm Hóa	
D	074	08	Huyện	Hàm Yên	
D	075	08	Huyện	Yên Sơn	
D	076	08	Huyện	Sơn Dương	c
D	080	10	Thành phố	Lào Cai	
D	082	10	Huyện	Bát Xát	
D	083	10	Huyện	Mường Khương	
D	084	10	Huyện	Si Ma Cai	
D	085	10	Huyện	Bắc Hà	
D	086	10	Huyện	Bảo Thắng	
D	087	10	Huyện	Bảo Yên	
D	088	10	Thị xã	Sa Pa	
D	089	10	Huyện	Văn Bàn	
D	094	11	Thành phố	Điện Biên Phủ	
D	095	11	Thị xã	Mường Lay	
D	096	11	Huyện	Mường Nhé	
D	097	11	Huyện	Mường Chà	
D	098	11	Huyện	Tủa Chùa	
D	099	11	Huyện	Tuần Giáo	
D	100	11	Huyện	Điện Biên	
D	101	11	Huyện	Điện Biên Đông	
D	102	11	Huyện	Mường Ảng	
D	103	11	Huyện	Nậm Pồ	
D	105	12	Thành phố	Lai Châu	
D	106	12	Huyện	Tam Đường	
D	107	12	Huyện	Mường Tè	
D	108	12	Huyện	Sìn Hồ	
D	109	12	Huyện	Phong Thổ	c
D	110	12	Huyện	Than Uyên	
D	111	12	Huyện	Tân Uyên	
D	112	12	Huyện	Nậm Nhùn	
D	116	14	Thành phố	Sơn La	
D	118	14	Huyện	Quỳnh Nhai	
D	119	14	Huyện	Thuận Châu	
D	120	14	Huyện	Mường La	
D	121	14	Huyện	Bắc Yên	
D	122	14	Huyện	Phù Yên	
D	123	14	Thị xã	Mộc Châu	
D	124	14	Huyện	Yên Châu	
D	125	14	Huyện	Mai Sơn	
D	126	14	Huyện	Sông Mã	
D	127	14	Huyện	Sốp Cộp	
D	128	14	Huyện	Vân Hồ	
D	132	15	Thành phố	Yên Bái	
D	133	15	Thị xã	Nghĩa Lộ	
D	135	15	Huyện	Lục Yên	
D	136	15	Huyện	Văn Yên	
D	137	15	Huyện	Mù Căng Chải	
D	138	15	Huyện	Trấn Yên	
D	139	15	Huyện	Trạm Tấu	
D	140	15	Huyện	Văn Chấn	
D	141	15	Huyện	Yên Bình	
D	148	17	Thành phố	Hòa Bình	c
D	150	17	Huyện	Đà Bắc	
D	152	17	Huyện	Lương Sơn	
D	153	17	Huyện	Kim Bôi	
D	154	17	Huyện	Cao Phong	
D	155	17	Huyện	Tân Lạc	
D	156	17	Huyện	Mai Châu	
D	157	17	Huyện	Lạc Sơn	
D	158	17	Huyện	Yên Thủy	
D	159	17	Huyện	Lạc Thủy	
D	164	19	Thành phố	Thái Nguyên	
D	165	19	Thành phố	Sông Công	
D	167	19	Huyện	Định Hóa	
D	168	19	Huyện	Phú Lương	
D	169	19	Huyện	Đồng Hỷ	
D	170	19	Huyện	Võ Nhai	
D	171	19	Huyện	Đại Từ	c
D	172	19	Thành phố	Phổ Yên	
D	173	19	Huyện	Phú Bình	
D	178	20	Thành phố	Lạng Sơn	
D	180	20	Huyện	Tràng Định	
D	181	20	Huyện	Bình Gia	
D	182	20	Huyện	Văn Lãng	
D	183	20	Huyện	Cao Lộc	
D	184	20	Huyện	Văn Quan	
D	185	20	Huyện	Bắc Sơn	
D	186	20	Huyện	Hữu Lũng	
D	187	20	Huyện	Chi Lăng	
D	188	20	Huyện	Lộc Bình	
D	189	20	Huyện	Đình Lập	
D	193	22	Thành phố	Hạ Long	
D	194	22	Thành phố	Móng Cái	
D	195	22	Thành phố	Cẩm Phả	
D	196	22	Thành phố	Uông Bí	
D	198	22	Huyện	Bình Liêu	
D	199	22	Huyện	Tiên Yên	
D	200	22	Huyện	Đầm Hà	
D	201	22	Huyện	Hải Hà	c
D	202	22	Huyện	Ba Chẽ	
D	203	22	Huyện	Vân Đồn	
D	205	22	Thành phố	Đông Triều	
D	206	22	Thị xã	Quảng Yên	
D	207	22	Huyện	Cô Tô	
D	213	24	Thành phố	Bắc Giang	
D	215	24	Huyện	Yên Thế	
D	216	24	Huyện	Tân Yên	
D	217	24	Huyện	Lạng Giang	
D	218	24	Huyện	Lục Nam	
D	219	24	Huyện	Lục Ngạn	
D	220	24	Huyện	Sơn Động	
D	222	24	Thị xã	Việt Yên	
D	223	24	Huyện	Hiệp Hòa	
D	224	24	Thị xã	Chũ	
D	227	25	Thành phố	Việt Trì	
D	228	25	Thị xã	Phú Thọ	
D	230	25	Huyện	Đoan Hùng	
D	231	25	Huyện	Hạ Hòa	
D	232	25	Huyện	Thanh Ba	
D	233	25	Huyện	Phù Ninh	
D	234	25	Huyện	Yên Lập	
D	235	25	Huyện	Cẩm Khê	
D	236	25	Huyện	Tam Nông	
D	237	25	Huyện	Lâm Thao	
D	238	25	Huyện	Thanh Sơn	
D	239	25	Huyện	Thanh Thủy	
D	240	25	Huyện	Tân Sơn	
D	243	26	Thành phố	Vĩnh Yên	
D	244	26	Thành phố	Phúc Yên	
D	246	26	Huyện	Lập Thạch	
D	247	26	Huyện	Tam Dương	
D	248	26	Huyện	Tam Đảo	c
D	249	26	Huyện	Bình Xuyên	
D	251	26	Huyện	Yên Lạc	
D	252	26	Huyện	Vĩnh Tường	
D	253	26	Huyện	Sông Lô	
D	256	27	Thành phố	Bắc Ninh	
D	258	27	Huyện	Yên Phong	
D	259	27	Thị xã	Quế Võ	
D	260	27	Huyện	Tiên Du	
D	261	27	Thành phố	Từ Sơn	
D	262	27	Thị xã	Thuận Thành	
D	263	27	Huyện	Gia Bình	
D	264	27	Huyện	Lương Tài	
D	288	30	Thành phố	Hải Dương	c
D	290	30	Thành phố	Chí Linh	
D	291	30	Huyện	Nam Sách	
D	292	30	Thị xã	Kinh Môn	
D	293	30	Huyện	Kim Thành	
D	294	30	Huyện	Thanh Hà	
D	295	30	Huyện	Cẩm Giàng	
D	296	30	Huyện	Bình Giang	
D	297	30	Huyện	Gia Lộc	
D	298	30	Huyện	Tứ Kỳ	
D	299	30	Huyện	Ninh Giang	
D	300	30	Huyện	Thanh Miện	
D	303	31	Quận	Hồng Bàng	
D	304	31	Quận	Ngô Quyền	
D	305	31	Quận	Lê Chân	
D	306	31	Quận	Hải An	
D	307	31	Quận	Kiến An	
D	308	31	Quận	Đồ Sơn	
D	309	31	Quận	Dương Kinh	
D	311	31	Thành phố	Thủy Nguyên	
D	312	31	Quận	An Dương	
D	313	31	Huyện	An Lão	
D	314	31	Huyện	Kiến Thụy	
D	315	31	Huyện	Tiên Lãng	
D	316	31	Huyện	Vĩnh Bảo	
D	317	31	Huyện	Cát Hải	
D	318	31	Huyện	Bạch Long Vĩ	
D	323	33	Thành phố	Hưng Yên	
D	325	33	Huyện	Văn Lâm	
D	326	33	Huyện	Văn Giang	
D	327	33	Huyện	Yên Mỹ	
D	328	33	Thị xã	Mỹ Hào	
D	329	33	Huyện	Ân Thi	
D	330	33	Huyện	Khoái Châu	
D	331	33	Huyện	Kim Động	
D	332	33	Huyện	Tiên Lữ	
D	333	33	Huyện	Phù Cừ	
D	336	34	Thành phố	Thái Bình	c
D	338	34	Huyện	Quỳnh Phụ	
D	339	34	Huyện	Hưng Hà	
D	340	34	Huyện	Đông Hưng	
D	341	34	Huyện	Thái Thụy	
D	342	34	Huyện	Tiền Hải	
D	343	34	Huyện	Kiến Xương	
D	344	34	Huyện	Vũ Thư	
D	347	35	Thành phố	Phủ Lý	
D	349	35	Thị xã	Duy Tiên	
D	350	35	Thị xã	Kim Bảng	
D	351	35	Huyện	Thanh Liêm	c
D	352	35	Huyện	Bình Lục	
D	353	35	Huyện	Lý Nhân	
D	356	36	Thành phố	Nam Định	
D	359	36	Huyện	Vụ Bản	
D	360	36	Huyện	Ý Yên	
D	361	36	Huyện	Nghĩa Hưng	
D	362	36	Huyện	Nam Trực	
D	363	36	Huyện	Trực Ninh	
D	364	36	Huyện	Xuân Trường	
D	365	36	Huyện	Giao Thủy	
D	366	36	Huyện	Hải Hậu	
D	370	37	Thành phố	Tam Điệp	
D	372	37	Huyện	Nho Quan	
D	373	37	Huyện	Gia Viễn	
D	374	37	Thành phố	Hoa Lư	
D	375	37	Huyện	Yên Khánh	
D	376	37	Huyện	Kim Sơn	
D	377	37	Huyện	Yên Mô	
D	380	38	Thành phố	Thanh Hóa	
D	381	38	Thị xã	Bỉm Sơn	
D	382	38	Thành phố	Sầm Sơn	
D	384	38	Huyện	Mường Lát	
D	385	38	Huyện	Quan Hóa	
D	386	38	Huyện	Bá Thước	
D	387	38	Huyện	Quan Sơn	
D	388	38	Huyện	Lang Chánh	
D	389	38	Huyện	Ngọc Lặc	
D	390	38	Huyện	Cẩm Thủy	
D	391	38	Huyện	Thạch Thành	
D	392	38	Huyện	Hà Trung	
D	393	38	Huyện	Vĩnh Lộc	
D	394	38	Huyện	Yên Định	
D	395	38	Huyện	Thọ Xuân	
D	396	38	Huyện	Thường Xuân	
D	397	38	Huyện	Triệu Sơn	
D	398	38	Huyện	Thiệu Hóa	
D	399	38	Huyện	Hoằng Hóa	
D	400	38	Huyện	Hậu Lộc	
D	401	38	Huyện	Nga Sơn	
D	402	38	Huyện	Như Xuân	
D	403	38	Huyện	Như Thanh	
D	404	38	Huyện	Nông Cống	
D	406	38	Huyện	Quảng Xương	
D	407	38	Thị xã	Nghi Sơn	
D	412	40	Thành phố	Vinh	c
D	414	40	Thị xã	Thái Hòa	c
D	415	40	Huyện	Quế Phong	
D	416	40	Huyện	Quỳ Châu	
D	417	40	Huyện	Kỳ Sơn	
D	418	40	Huyện	Tương Dương	
D	419	40	Huyện	Nghĩa Đàn	
D	420	40	Huyện	Quỳ Hợp	
D	421	40	Huyện	Quỳnh Lưu	
D	422	40	Huyện	Con Cuông	
D	423	40	Huyện	Tân Kỳ	c
D	424	40	Huyện	Anh Sơn	
D	425	40	Huyện	Diễn Châu	
D	426	40	Huyện	Yên Thành	
D	427	40	Huyện	Đô Lương	
D	428	40	Huyện	Thanh Chương	
D	429	40	Huyện	Nghi Lộc	
D	430	40	Huyện	Nam Đàn	
D	431	40	Huyện	Hưng Nguyên	
D	432	40	Thị xã	Hoàng Mai	
D	436	42	Thành phố	Hà Tĩnh	
D	437	42	Thị xã	Hồng Lĩnh	
D	439	42	Huyện	Hương Sơn	
D	440	42	Huyện	Đức Thọ	
D	441	42	Huyện	Vũ Quang	
D	442	42	Huyện	Nghi Xuân	
D	443	42	Huyện	Can Lộc	
D	444	42	Huyện	Hương Khê	
D	445	42	Huyện	Thạch Hà	
D	446	42	Huyện	Cẩm Xuyên	
D	447	42	Huyện	Kỳ Anh	
D	449	42	Thị xã	Kỳ Anh	
D	450	44	Thành phố	Đồng Hới	
D	452	44	Huyện	Minh Hóa	
D	453	44	Huyện	Tuyên Hóa	
D	454	44	Huyện	Quảng Trạch	
D	455	44	Huyện	Bố Trạch	
D	456	44	Huyện	Quảng Ninh	
D	457	44	Huyện	Lệ Thủy	
D	458	44	Thị xã	Ba Đồn	
D	461	45	Thành phố	Đông Hà	
D	462	45	Thị xã	Quảng Trị	
D	464	45	Huyện	Vĩnh Linh	
D	465	45	Huyện	Hướng Hóa	
D	466	45	Huyện	Gio Linh	
D	467	45	Huyện	Đa Krông	
D	468	45	Huyện	Cam Lộ	
D	469	45	Huyện	Triệu Phong	
D	470	45	Huyện	Hải Lăng	
D	471	45	Huyện	Cồn Cỏ	
D	474	46	Quận	Thuận Hóa	
D	475	46	Quận	Phú Xuân	
D	476	46	Thị xã	Phong Điền	
D	477	46	Huyện	Quảng Điền	
D	478	46	Huyện	Phú Vang	
D	479	46	Thị xã	Hương Thủy	
D	480	46	Thị xã	Hương Trà	
D	481	46	Huyện	A Lưới	
D	482	46	Huyện	Phú Lộc	
D	490	48	Quận	Liên Chiểu	
D	491	48	Quận	Thanh Khê	
D	492	48	Quận	Hải Châu	
D	493	48	Quận	Sơn Trà	c
D	494	48	Quận	Ngũ Hành Sơn	
D	495	48	Quận	Cẩm Lệ	
D	497	48	Huyện	Hòa Vang	
D	498	48	Huyện	Hoàng Sa	
D	502	49	Thành phố	Tam Kỳ	
D	503	49	Thành phố	Hội An	
D	504	49	Huyện	Tây Giang	
D	505	49	Huyện	Đông Giang	
D	506	49	Huyện	Đại Lộc	
D	507	49	Thị xã	Điện Bàn	
D	508	49	Huyện	Duy Xuyên	
D	509	49	Huyện	Quế Sơn	
D	510	49	Huyện	Nam Giang	
D	511	49	Huyện	Phước Sơn	
D	512	49	Huyện	Hiệp Đức	
D	513	49	Huyện	Thăng Bình	
D	514	49	Huyện	Tiên Phước	
D	515	49	Huyện	Bắc Trà My	
D	516	49	Huyện	Nam Trà My	
D	517	49	Huyện	Núi Thành	
D	518	49	Huyện	Phú Ninh	
D	522	51	Thành phố	Quảng Ngãi	
D	524	51	Huyện	Bình Sơn	
D	525	51	Huyện	Trà Bồng	
D	527	51	Huyện	Sơn Tịnh	
D	528	51	Huyện	Tư Nghĩa	
D	529	51	Huyện	Sơn Hà	
D	530	51	Huyện	Sơn Tây	
D	531	51	Huyện	Minh Long	
D	532	51	Huyện	Nghĩa Hành	
D	533	51	Huyện	Mộ Đức	
D	534	51	Thị xã	Đức Phổ	
D	535	51	Huyện	Ba Tơ	
D	536	51	Huyện	Lý Sơn	
D	540	52	Thành phố	Quy Nhơn	
D	542	52	Huyện	An Lão	
D	543	52	Thị xã	Hoài Nhơn	
D	544	52	Huyện	Hoài Ân	
D	545	52	Huyện	Phù Mỹ	
D	546	52	Huyện	Vĩnh Thạnh	
D	547	52	Huyện	Tây Sơn	
D	548	52	Huyện	Phù Cát	
D	549	52	Thị xã	An Nhơn	
D	550	52	Huyện	Tuy Phước	
D	551	52	Huyện	Vân Canh	
D	555	54	Thành phố	Tuy Hòa	
D	557	54	Thị xã	Sông Cầu	
D	558	54	Huyện	Đồng Xuân	
D	559	54	Huyện	Tuy An	
D	560	54	Huyện	Sơn Hòa	
D	561	54	Huyện	Sông Hinh	
D	562	54	Huyện	Tây Hòa	
D	563	54	Huyện	Phú Hòa	
D	564	54	Thị xã	Đông Hòa	
D	568	56	Thành phố	Nha Trang	
D	569	56	Thành phố	Cam Ranh	
D	570	56	Huyện	Cam Lâm	
D	571	56	Huyện	Vạn Ninh	
D	572	56	Thị xã	Ninh Hòa	
D	573	56	Huyện	Khánh Vĩnh	
D	574	56	Huyện	Diên Khánh	
D	575	56	Huyện	Khánh Sơn	
D	576	56	Huyện	Trường Sa	
D	582	58	Thành phố	Phan Rang - Tháp Chàm	
D	584	58	Huyện	Bác Ái	c
D	585	58	Huyện	Ninh Sơn	
D	586	58	Huyện	Ninh Hải	
D	587	58	Huyện	Ninh Phước	
D	588	58	Huyện	Thuận Bắc	
D	589	58	Huyện	Thuận Nam	
D	593	60	Thành phố	Phan Thiết	
D	594	60	Thị xã	La Gi	
D	595	60	Huyện	Tuy Phong	
D	596	60	Huyện	Bắc Bình	
D	597	60	Huyện	Hàm Thuận Bắc	
D	598	60	Huyện	Hàm Thuận Nam	
D	599	60	Huyện	Tánh Linh	
D	600	60	Huyện	Đức Linh	
D	601	60	Huyện	Hàm Tân	
D	602	60	Huyện	Phú Quí	c
D	608	62	Thành phố	Kon Tum	
D	610	62	Huyện	Đắk Glei	
D	611	62	Huyện	Ngọc Hồi	
D	612	62	Huyện	Đắk Tô	
D	613	62	Huyện	Kon Plông	
D	614	62	Huyện	Kon Rẫy	
D	615	62	Huyện	Đăk Hà	
D	616	62	Huyện	Sa Thầy	
D	617	62	Huyện	Tu Mơ Rông	
D	618	62	Huyện	Ia H'Drai	
D	622	64	Thành phố	Pleiku	
D	623	64	Thị xã	An Khê	
D	624	64	Thị xã	Ayun Pa	
D	625	64	Huyện	KBang	
D	626	64	Huyện	Đak Đoa	
D	627	64	Huyện	Chư Păh	
D	628	64	Huyện	Ia Grai	
D	629	64	Huyện	Mang Yang	
D	630	64	Huyện	Kông Chro	
D	631	64	Huyện	Đức Cơ	
D	632	64	Huyện	Chư Prông	
D	633	64	Huyện	Chư Sê	
D	634	64	Huyện	Đăk Pơ	
D	635	64	Huyện	Ia Pa	
D	637	64	Huyện	Krông Pa	
D	638	64	Huyện	Phú Thiện	
D	639	64	Huyện	Chư Pưh	
D	643	66	Thành phố	Buôn Ma Thuột	
D	644	66	Thị xã	Buôn Hồ	
D	645	66	Huyện	Ea H'leo	
D	646	66	Huyện	Ea Súp	
D	647	66	Huyện	Buôn Đôn	
D	648	66	Huyện	Cư M'gar	
D	649	66	Huyện	Krông Búk	
D	650	66	Huyện	Krông Năng	
D	651	66	Huyện	Ea Kar	
D	652	66	Huyện	M'Đrắk	
D	653	66	Huyện	Krông Bông	
D	654	66	Huyện	Krông Pắc	
D	655	66	Huyện	Krông A Na	
D	656	66	Huyện	Lắk	
D	657	66	Huyện	Cư Kuin	
D	660	67	Thành phố	Gia Nghĩa	
D	661	67	Huyện	Đăk Glong	
D	662	67	Huyện	Cư Jút	
D	663	67	Huyện	Đắk Mil	
D	664	67	Huyện	Krông Nô	
D	665	67	Huyện	Đắk Song	
D	666	67	Huyện	Đắk R'Lấp	
D	667	67	Huyện	Tuy Đức	
D	672	68	Thành phố	Đà Lạt	
D	673	68	Thành phố	Bảo Lộc	
D	674	68	Huyện	Đam Rông	
D	675	68	Huyện	Lạc Dương	
D	676	68	Huyện	Lâm Hà	
D	677	68	Huyện	Đơn Dương	
D	678	68	Huyện	Đức Trọng	
D	679	68	Huyện	Di Linh	
D	680	68	Huyện	Bảo Lâm	
D	682	68	Huyện	Đạ Huoai	
D	688	70	Thị xã	Phước Long	
D	689	70	Thành phố	Đồng Xoài	
D	690	70	Thị xã	Bình Long	
D	691	70	Huyện	Bù Gia Mập	
D	692	70	Huyện	Lộc Ninh	
D	693	70	Huyện	Bù Đốp	
D	694	70	Huyện	Hớn Quản	
D	695	70	Huyện	Đồng Phú	
D	696	70	Huyện	Bù Đăng	
D	697	70	Thị xã	Chơn Thành	
D	698	70	Huyện	Phú Riềng	
D	703	72	Thành phố	Tây Ninh	
D	705	72	Huyện	Tân Biên	
D	706	72	Huyện	Tân Châu	
D	707	72	Huyện	Dương Minh Châu	
D	708	72	Huyện	Châu Thành	c
D	709	72	Thị xã	Hòa Thành	
D	710	72	Huyện	Gò Dầu	
D	711	72	Huyện	Bến Cầu	
D	712	72	Thị xã	Trảng Bàng	
D	718	74	Thành phố	Thủ Dầu Một	
D	719	74	Huyện	Bàu Bàng	
D	720	74	Huyện	Dầu Tiếng	
D	721	74	Thành phố	Bến Cát	
D	722	74	Huyện	Phú Giáo	
D	723	74	Thành phố	Tân Uyên	
D	724	74	Thành phố	Dĩ An	
D	725	74	Thành phố	Thuận An	
D	726	74	Huyện	Bắc Tân Uyên	
D	731	75	Thành phố	Biên Hòa	
D	732	75	Thành phố	Long Khánh	
D	734	75	Huyện	Tân Phú	
D	735	75	Huyện	Vĩnh Cửu	c
D	736	75	Huyện	Định Quán	
D	737	75	Huyện	Trảng Bom	
D	738	75	Huyện	Thống Nhất	c
D	739	75	Huyện	Cẩm Mỹ	
D	740	75	Huyện	Long Thành	
D	741	75	Huyện	Xuân Lộc	
D	742	75	Huyện	Nhơn Trạch	
D	747	77	Thành phố	Vũng Tàu	
D	748	77	Thành phố	Bà Rịa	
D	750	77	Huyện	Châu Đức	
D	751	77	Huyện	Xuyên Mộc	
D	753	77	Huyện	Long Đất	
D	754	77	Thành phố	Phú Mỹ	
D	755	77	Huyện	Côn Đảo	
D	760	79	Quận	Quận 1	
D	761	79	Quận	Quận 12	
D	764	79	Quận	Gò Vấp	
D	765	79	Quận	Bình Thạnh	
D	766	79	Quận	Tân Bình	
D	767	79	Quận	Tân Phú	
D	768	79	Quận	Phú Nhuận	
D	769	79	Thành phố	Thủ Đức	
D	770	79	Quận	Quận 3	
D	771	79	Quận	Quận 10	
D	772	79	Quận	Quận 11	
D	773	79	Quận	Quận 4	
D	774	79	Quận	Quận 5	
D	775	79	Quận	Quận 6	
D	776	79	Quận	Quận 8	
D	777	79	Quận	Bình Tân	
D	778	79	Quận	Quận 7	
D	783	79	Huyện	Củ Chi	
D	784	79	Huyện	Hóc Môn	
D	785	79	Huyện	Bình Chánh	
D	786	79	Huyện	Nhà Bè	c
D	787	79	Huyện	Cần Giờ	
D		79	Quận	Quận 2	h
D		79	Quận	Quận 9	h
D		79	Quận	Thủ Đức	h
D	794	80	Thành phố	Tân An	
D	795	80	Thị xã	Kiến Tường	
D	796	80	Huyện	Tân Hưng	
D	797	80	Huyện	Vĩnh Hưng	
D	798	80	Huyện	Mộc Hóa	
D	799	80	Huyện	Tân Thạnh	
D	800	80	Huyện	Thạnh Hóa	
D	801	80	Huyện	Đức Huệ	
D	802	80	Huyện	Đức Hòa	
D	803	80	Huyện	Bến Lức	
D	804	80	Huyện	Thủ Thừa	
D	805	80	Huyện	Tân Trụ	
D	806	80	Huyện	Cần Đước	
D	807	80	Huyện	Cần Giuộc	
D	808	80	Huyện	Châu Thành	c
D	815	82	Thành phố	Mỹ Tho	
D	816	82	Thành phố	Gò Công	
D	817	82	Thị xã	Cai Lậy	
D	818	82	Huyện	Tân Phước	
D	819	82	Huyện	Cái Bè	
D	820	82	Huyện	Cai Lậy	
D	821	82	Huyện	Châu Thành	c
D	822	82	Huyện	Chợ Gạo	
D	823	82	Huyện	Gò Công Tây	
D	824	82	Huyện	Gò Công Đông	
D	825	82	Huyện	Tân Phú Đông	
D	829	83	Thành phố	Bến Tre	
D	831	83	Huyện	Châu Thành	c
D	832	83	Huyện	Chợ Lách	
D	833	83	Huyện	Mỏ Cày Nam	
D	834	83	Huyện	Giồng Trôm	
D	835	83	Huyện	Bình Đại	
D	836	83	Huyện	Ba Tri	
D	837	83	Huyện	Thạnh Phú	
D	838	83	Huyện	Mỏ Cày Bắc	
D	842	84	Thành phố	Trà Vinh	
D	844	84	Huyện	Càng Long	
D	845	84	Huyện	Cầu Kè	
D	846	84	Huyện	Tiểu Cần	
D	847	84	Huyện	Châu Thành	c
D	848	84	Huyện	Cầu Ngang	
D	849	84	Huyện	Trà Cú	
D	850	84	Huyện	Duyên Hải	
D	851	84	Thị xã	Duyên Hải	
D	855	86	Thành phố	Vĩnh Long	
D	857	86	Huyện	Long Hồ	
D	858	86	Huyện	Mang Thít	
D	859	86	Huyện	Vũng Liêm	
D	860	86	Huyện	Tam Bình	
D	861	86	Thị xã	Bình Minh	c
D	862	86	Huyện	Trà Ôn	
D	863	86	Huyện	Bình Tân	
D	866	87	Thành phố	Cao Lãnh	
D	867	87	Thành phố	Sa Đéc	
D	868	87	Thành phố	Hồng Ngự	
D	869	87	Huyện	Tân Hồng	
D	870	87	Huyện	Hồng Ngự	
D	871	87	Huyện	Tam Nông	
D	872	87	Huyện	Tháp Mười	
D	873	87	Huyện	Cao Lãnh	
D	874	87	Huyện	Thanh Bình	c
D	875	87	Huyện	Lấp Vò	
D	876	87	Huyện	Lai Vung	
D	877	87	Huyện	Châu Thành	c
D	883	89	Thành phố	Long Xuyên	
D	884	89	Thành phố	Châu Đốc	
D	886	89	Huyện	An Phú	
D	887	89	Thị xã	Tân Châu	
D	888	89	Huyện	Phú Tân	
D	889	89	Huyện	Châu Phú	
D	890	89	Thị xã	Tịnh Biên	
D	891	89	Huyện	Tri Tôn	
D	892	89	Huyện	Châu Thành	c
D	893	89	Huyện	Chợ Mới	
D	894	89	Huyện	Thoại Sơn	
D	899	91	Thành phố	Rạch Giá	
D	900	91	Thành phố	Hà Tiên	
D	902	91	Huyện	Kiên Lương	
D	903	91	Huyện	Hòn Đất	
D	904	91	Huyện	Tân Hiệp	
D	905	91	Huyện	Châu Thành	c
D	906	91	Huyện	Giồng Riềng	
D	907	91	Huyện	Gò Quao	
D	908	91	Huyện	An Biên	
D	909	91	Huyện	An Minh	
D	910	91	Huyện	Vĩnh Thuận	
D	911	91	Thành phố	Phú Quốc	
D	912	91	Huyện	Kiên Hải	
D	913	91	Huyện	U Minh Thượng	
D	914	91	Huyện	Giang Thành	
D	916	92	Quận	Ninh Kiều	
D	917	92	Quận	Ô Môn	
D	918	92	Quận	Bình Thủy	c
D	919	92	Quận	Cái Răng	
D	923	92	Quận	Thốt Nốt	c
D	924	92	Huyện	Vĩnh Thạnh	
D	925	92	Huyện	Cờ Đỏ	c
D	926	92	Huyện	Phong Điền	
D	927	92	Huyện	Thới Lai	
D	930	93	Thành phố	Vị Thanh	
D	931	93	Thành phố	Ngã Bảy	
D	932	93	Huyện	Châu Thành A	
D	933	93	Huyện	Châu Thành	c
D	934	93	Huyện	Phụng Hiệp	
D	935	93	Huyện	Vị Thủy	
D	936	93	Huyện	Long Mỹ	
D	937	93	Thị xã	Long Mỹ	
D	941	94	Thành phố	Sóc Trăng	
D	942	94	Huyện	Châu Thành	c
D	943	94	Huyện	Kế Sách	c
D	944	94	Huyện	Mỹ Tú	
D	945	94	Huyện	Cù Lao Dung	
D	946	94	Huyện	Long Phú	
D	947	94	Huyện	Mỹ Xuyên	
D	948	94	Thị xã	Ngã Năm	
D	949	94	Huyện	Thạnh Trị	
D	950	94	Thị xã	Vĩnh Châu	
D	951	94	Huyện	Trần Đề	
D	954	95	Thành phố	Bạc Liêu	
D	956	95	Huyện	Hồng Dân	
D	957	95	Huyện	Phước Long	
D	958	95	Huyện	Vĩnh Lợi	
D	959	95	Thị xã	Giá Rai	
D	960	95	Huyện	Đông Hải	
D	961	95	Huyện	Hòa Bình	c
D	964	96	Thành phố	Cà Mau	
D	966	96	Huyện	U Minh	
D	967	96	Huyện	Thới Bình	
D	968	96	Huyện	Trần Văn Thời	
D	969	96	Huyện	Cái Nước	
D	970	96	Huyện	Đầm Dơi	
D	971	96	Huyện	Năm Căn	
D	972	96	Huyện	Phú Tân	
D	973	96	Huyện	Ngọc Hiển	
W	001	Phường	Cống Vị
W	001	Phường	Giảng Võ
W	001	Phường	Kim Mã
W	001	Phường	Liễu Giai
W	001	Phường	Ngọc Hà
W	001	Phường	Ngọc Khánh
W	001	Phường	Phúc Xá
W	001	Phường	Quán Thánh
W	001	Phường	Thành Công
W	001	Phường	Trúc Bạch
W	001	Phường	Vĩnh Phúc
W	001	Phường	Điện Biên
W	001	Phường	Đội Cấn
W	002	Phường	Chương Dương
W	002	Phường	Cửa Nam
W	002	Phường	Cửa Đông
W	002	Phường	Hàng Buồm
W	002	Phường	Hàng Bài
W	002	Phường	Hàng Bông
W	002	Phường	Hàng Bạc
W	002	Phường	Hàng Bồ
W	002	Phường	Hàng Gai
W	002	Phường	Hàng Mã
W	002	Phường	Hàng Trống
W	002	Phường	Hàng Đào
W	002	Phường	Lý Thái Tổ
W	002	Phường	Phan Chu Trinh
W	002	Phường	Phúc Tân
W	002	Phường	Tràng Tiền
W	002	Phường	Trần Hưng Đạo
W	002	Phường	Đồng Xuân
W	003	Phường	Bưởi
W	003	Phường	Nhật Tân
W	003	Phường	Phú Thượng
W	003	Phường	Quảng An
W	003	Phường	Thụy Khuê
W	003	Phường	Tứ Liên
W	003	Phường	Xuân La
W	003	Phường	Yên Phụ
W	004	Phường	Bồ Đề
W	004	Phường	Cự Khối
W	004	Phường	Gia Thụy
W	004	Phường	Giang Biên
W	004	Phường	Long Biên
W	004	Phường	Ngọc Lâm
W	004	Phường	Ngọc Thụy
W	004	Phường	Phúc Lợi
W	004	Phường	Phúc Đồng
W	004	Phường	Thượng Thanh
W	004	Phường	Thạch Bàn
W	004	Phường	Việt Hưng
W	004	Phường	Đức Giang
W	005	Phường	Dịch Vọng
W	005	Phường	Dịch Vọng Hậu
W	005	Phường	Mai Dịch
W	005	Phường	Nghĩa Tân
W	005	Phường	Nghĩa Đô
W	005	Phường	Quan Hoa
W	005	Phường	Trung Hòa
W	005	Phường	Yên Hòa
W	006	Phường	Cát Linh
W	006	Phường	Hàng Bột
W	006	Phường	Khâm Thiên
W	006	Phường	Khương Thượng
W	006	Phường	Kim Liên
W	006	Phường	Láng Hạ
W	006	Phường	Láng Thượng
W	006	Phường	Nam Đồng
W	006	Phường	Phương Liên Trung Tự
W	006	Phường	Phương Mai
W	006	Phường	Quang Trung
W	006	Phường	Thịnh Quang
W	006	Phường	Thổ Quan
W	006	Phường	Trung Liệt
W	006	Phường	Văn Chương
W	006	Phường	Văn Miếu Quốc Tử Giám
W	006	Phường	Ô Chợ Dừa
W	007	Phường	Bách Khoa
W	007	Phường	Bạch Mai
W	007	Phường	Bạch Đằng
W	007	Phường	Lê Đại Hành
W	007	Phường	Minh Khai
W	007	Phường	Nguyễn Du
W	007	Phường	Phạm Đình Hổ
W	007	Phường	Phố Huế
W	007	Phường	Quỳnh Mai
W	007	Phường	Thanh Lương
W	007	Phường	Thanh Nhàn
W	007	Phường	Trương Định
W	007	Phường	Vĩnh Tuy
W	007	Phường	Đồng Nhân
W	007	Phường	Đồng Tâm
W	008	Phường	Giáp Bát
W	008	Phường	Hoàng Liệt
W	008	Phường	Hoàng Văn Thụ
W	008	Phường	Lĩnh Nam
W	008	Phường	Mai Động
W	008	Phường	Thanh Trì
W	008	Phường	Thịnh Liệt
W	008	Phường	Trần Phú
W	008	Phường	Tân Mai
W	008	Phường	Tương Mai
W	008	Phường	Vĩnh Hưng
W	008	Phường	Yên Sở
W	008	Phường	Đại Kim
W	008	Phường	Định Công
W	009	Phường	Hạ Đình
W	009	Phường	Khương Mai
W	009	Phường	Khương Trung
W	009	Phường	Khương Đình
W	009	Phường	Nhân Chính
W	009	Phường	Phương Liệt
W	009	Phường	Thanh Xuân Bắc
W	009	Phường	Thanh Xuân Trung
W	009	Phường	Thượng Đình
W	016	Thị trấn	Sóc Sơn
W	016	Xã	Bắc Phú
W	016	Xã	Bắc Sơn
W	016	Xã	Hiền Ninh
W	016	Xã	Hồng Kỳ
W	016	Xã	Kim Lũ
W	016	Xã	Mai Đình
W	016	Xã	Minh Phú
W	016	Xã	Minh Trí
W	016	Xã	Nam Sơn
W	016	Xã	Phù Linh
W	016	Xã	Phù Lỗ
W	016	Xã	Phú Cường
W	016	Xã	Phú Minh
W	016	Xã	Quang Tiến
W	016	Xã	Thanh Xuân
W	016	Xã	Tiên Dược
W	016	Xã	Trung Giã
W	016	Xã	Tân Dân
W	016	Xã	Tân Hưng
W	016	Xã	Tân Minh
W	016	Xã	Việt Long
W	016	Xã	Xuân Giang
W	016	Xã	Xuân Thu
W	016	Xã	Đông Xuân
W	016	Xã	Đức Hòa
W	017	Thị trấn	Đông Anh
W	017	Xã	Bắc Hồng
W	017	Xã	Cổ Loa
W	017	Xã	Dục Tú
W	017	Xã	Hải Bối
W	017	Xã	Kim Chung
W	017	Xã	Kim Nỗ
W	017	Xã	Liên Hà
W	017	Xã	Mai Lâm
W	017	Xã	Nam Hồng
W	017	Xã	Nguyên Khê
W	017	Xã	Thụy Lâm
W	017	Xã	Tiên Dương
W	017	Xã	Tàm Xá
W	017	Xã	Uy Nỗ
W	017	Xã	Việt Hùng
W	017	Xã	Vân Hà
W	017	Xã	Vân Nội
W	017	Xã	Võng La
W	017	Xã	Vĩnh Ngọc
W	017	Xã	Xuân Canh
W	017	Xã	Xuân Nộn
W	017	Xã	Đông Hội
W	017	Xã	Đại Mạch
W	018	Thị trấn	Trâu Quỳ
W	018	Thị trấn	Yên Viên (Thị trấn)
W	018	Xã	Bát Tràng
W	018	Xã	Cổ Bi
W	018	Xã	Dương Quang
W	018	Xã	Dương Xá
W	018	Xã	Kim Đức
W	018	Xã	Kiêu Kỵ
W	018	Xã	Lệ Chi
W	018	Xã	Ninh Hiệp
W	018	Xã	Phù Đổng
W	018	Xã	Phú Sơn
W	018	Xã	Thiên Đức
W	018	Xã	Yên Thường
W	018	Xã	Yên Viên (Xã)
W	018	Xã	Đa Tốn
W	018	Xã	Đặng Xá
W	019	Phường	Cầu Diễn
W	019	Phường	Mễ Trì
W	019	Phường	Mỹ Đình 1
W	019	Phường	Mỹ Đình 2
W	019	Phường	Phú Đô
W	019	Phường	Phương Canh
W	019	Phường	Trung Văn
W	019	Phường	Tây Mỗ
W	019	Phường	Xuân Phương
W	019	Phường	Đại Mỗ
W	020	Thị trấn	Văn Điển
W	020	Xã	Duyên Hà
W	020	Xã	Hữu Hòa
W	020	Xã	Liên Ninh
W	020	Xã	Ngũ Hiệp
W	020	Xã	Ngọc Hồi
W	020	Xã	Tam Hiệp
W	020	Xã	Thanh Liệt
W	020	Xã	Tân Triều
W	020	Xã	Tả Thanh Oai
W	020	Xã	Tứ Hiệp
W	020	Xã	Vĩnh Quỳnh
W	020	Xã	Vạn Phúc
W	020	Xã	Yên Mỹ
W	020	Xã	Đông Mỹ
W	020	Xã	Đại áng
W	021	Phường	Cổ Nhuế 1
W	021	Phường	Cổ Nhuế 2
W	021	Phường	Liên Mạc
W	021	Phường	Minh Khai
W	021	Phường	Phú Diễn
W	021	Phường	Phúc Diễn
W	021	Phường	Thượng Cát
W	021	Phường	Thụy Phương
W	021	Phường	Tây Tựu
W	021	Phường	Xuân Tảo
W	021	Phường	Xuân Đỉnh
W	021	Phường	Đông Ngạc
W	021	Phường	Đức Thắng
W	024	Phường	Minh Khai
W	024	Phường	Nguyễn Trãi
W	024	Phường	Ngọc Hà
W	024	Phường	Quang Trung
W	024	Phường	Trần Phú
W	024	Xã	Ngọc Đường
W	024	Xã	Phương Thiện
W	024	Xã	Phương Độ
W	026	Thị trấn	Phố Bảng
W	026	Thị trấn	Đồng Văn
W	026	Xã	Hố Quáng Phìn
W	026	Xã	Lũng Cú
W	026	Xã	Lũng Phìn
W	026	Xã	Lũng Thầu
W	026	Xã	Lũng Táo
W	026	Xã	Má Lé
W	026	Xã	Phố Cáo
W	026	Xã	Phố Là
W	026	Xã	Sà Phìn
W	026	Xã	Sính Lủng
W	026	Xã	Sảng Tủng
W	026	Xã	Sủng Là
W	026	Xã	Sủng Trái
W	026	Xã	Thài Phìn Tủng
W	026	Xã	Tả Lủng
W	026	Xã	Tả Phìn
W	026	Xã	Vần Chải
W	027	Thị trấn	Mèo Vạc
W	027	Xã	Cán Chu Phìn
W	027	Xã	Giàng Chu Phìn
W	027	Xã	Khâu Vai
W	027	Xã	Lũng Chinh
W	027	Xã	Lũng Pù
W	027	Xã	Niêm Sơn
W	027	Xã	Niêm Tòng
W	027	Xã	Nậm Ban
W	027	Xã	Pả Vi
W	027	Xã	Pải Lủng
W	027	Xã	Sơn Vĩ
W	027	Xã	Sủng Máng
W	027	Xã	Sủng Trà
W	027	Xã	Thượng Phùng
W	027	Xã	Tát Ngà
W	027	Xã	Tả Lủng
W	027	Xã	Xín Cái
W	028	Thị trấn	Yên Minh
W	028	Xã	Bạch Đích
W	028	Xã	Du Già
W	028	Xã	Du Tiến
W	028	Xã	Hữu Vinh
W	028	Xã	Lao Và Chải
W	028	Xã	Lũng Hồ
W	028	Xã	Mậu Duệ
W	028	Xã	Mậu Long
W	028	Xã	Na Khê
W	028	Xã	Ngam La
W	028	Xã	Ngọc Long
W	028	Xã	Phú Lũng
W	028	Xã	Sủng Cháng
W	028	Xã	Sủng Thài
W	028	Xã	Thắng Mố
W	028	Xã	Đông Minh
W	028	Xã	Đường Thượng
W	029	Thị trấn	Tam Sơn
W	029	Xã	Bát Đại Sơn
W	029	Xã	Cao Mã Pờ
W	029	Xã	Cán Tỷ
W	029	Xã	Lùng Tám
W	029	Xã	Nghĩa Thuận
W	029	Xã	Quyết Tiến
W	029	Xã	Quản Bạ
W	029	Xã	Thanh Vân
W	029	Xã	Thái An
W	029	Xã	Tùng Vài
W	029	Xã	Tả Ván
W	029	Xã	Đông Hà
W	030	Thị trấn	Nông trường Việt Lâm
W	030	Thị trấn	Vị Xuyên
W	030	Xã	Bạch Ngọc
W	030	Xã	Cao Bồ
W	030	Xã	Kim Linh
W	030	Xã	Kim Thạch
W	030	Xã	Lao Chải
W	030	Xã	Linh Hồ
W	030	Xã	Minh Tân
W	030	Xã	Ngọc Linh
W	030	Xã	Ngọc Minh
W	030	Xã	Phong Quang
W	030	Xã	Phú Linh
W	030	Xã	Phương Tiến
W	030	Xã	Quảng Ngần
W	030	Xã	Thanh Thủy
W	030	Xã	Thanh Đức
W	030	Xã	Thuận Hòa
W	030	Xã	Thượng Sơn
W	030	Xã	Trung Thành
W	030	Xã	Tùng Bá
W	030	Xã	Việt Lâm
W	030	Xã	Xín Chải
W	030	Xã	Đạo Đức
W	031	Thị trấn	Yên Phú
W	031	Xã	Giáp Trung
W	031	Xã	Lạc Nông
W	031	Xã	Minh Ngọc
W	031	Xã	Minh Sơn
W	031	Xã	Phiêng Luông
W	031	Xã	Phú Nam
W	031	Xã	Thượng Tân
W	031	Xã	Yên Cường
W	031	Xã	Yên Phong
W	031	Xã	Yên Định
W	031	Xã	Đường Hồng
W	031	Xã	Đường Âm
W	032	Thị trấn	Vinh Quang
W	032	Xã	Bản Luốc
W	032	Xã	Bản Máy
W	032	Xã	Bản Nhùng
W	032	Xã	Bản Phùng
W	032	Xã	Chiến Phố
W	032	Xã	Hồ Thầu
W	032	Xã	Nam Sơn
W	032	Xã	Ngàm Đăng Vài
W	032	Xã	Nàng Đôn
W	032	Xã	Nậm Dịch
W	032	Xã	Nậm Khòa
W	032	Xã	Nậm Ty
W	032	Xã	Pố Lồ
W	032	Xã	Pờ Ly Ngài
W	032	Xã	Sán Sả Hồ
W	032	Xã	Thàng Tín
W	032	Xã	Thèn Chu Phìn
W	032	Xã	Thông Nguyên
W	032	Xã	Tân Tiến
W	032	Xã	Túng Sán
W	032	Xã	Tả Sử Choóng
W	032	Xã	Tụ Nhân
W	032	Xã	Đản Ván
W	033	Thị trấn	Cốc Pài
W	033	Xã	Bản Díu
W	033	Xã	Bản Ngò
W	033	Xã	Chí Cà
W	033	Xã	Chế Là
W	033	Xã	Cốc Rế
W	033	Xã	Khuôn Lùng
W	033	Xã	Nà Chì
W	033	Xã	Nàn Ma
W	033	Xã	Nàn Xỉn
W	033	Xã	Nấm Dẩn
W	033	Xã	Pà Vầy Sủ
W	033	Xã	Quảng Nguyên
W	033	Xã	Thu Tà
W	033	Xã	Thèn Phàng
W	033	Xã	Trung Thịnh
W	033	Xã	Tả Nhìu
W	033	Xã	Xín Mần
W	034	Thị trấn	Việt Quang
W	034	Thị trấn	Vĩnh Tuy
W	034	Xã	Bằng Hành
W	034	Xã	Hùng An
W	034	Xã	Hữu Sản
W	034	Xã	Kim Ngọc
W	034	Xã	Liên Hiệp
W	034	Xã	Quang Minh
W	034	Xã	Thượng Bình
W	034	Xã	Tiên Kiều
W	034	Xã	Tân Lập
W	034	Xã	Tân Quang
W	034	Xã	Tân Thành
W	034	Xã	Việt Hồng
W	034	Xã	Việt Vinh
W	034	Xã	Vô Điếm
W	034	Xã	Vĩnh Hảo
W	034	Xã	Vĩnh Phúc
W	034	Xã	Đông Thành
W	034	Xã	Đồng Tiến
W	034	Xã	Đồng Tâm
W	034	Xã	Đồng Yên
W	034	Xã	Đức Xuân
W	035	Thị trấn	Yên Bình
W	035	Xã	Bản Rịa
W	035	Xã	Bằng Lang
W	035	Xã	Hương Sơn
W	035	Xã	Nà Khương
W	035	Xã	Tiên Nguyên
W	035	Xã	Tiên Yên
W	035	Xã	Tân Bắc
W	035	Xã	Tân Nam
W	035	Xã	Tân Trịnh
W	035	Xã	Vĩ Thượng
W	035	Xã	Xuân Giang
W	035	Xã	Xuân Minh
W	035	Xã	Yên Hà
W	035	Xã	Yên Thành
W	040	Phường	Duyệt Trung
W	040	Phường	Hòa Chung
W	040	Phường	Hợp Giang
W	040	Phường	Ngọc Xuân
W	040	Phường	Sông Bằng
W	040	Phường	Sông Hiến
W	040	Phường	Tân Giang
W	040	Phường	Đề Thám
W	040	Xã	Chu Trinh
W	040	Xã	Hưng Đạo
W	040	Xã	Vĩnh Quang
W	042	Thị trấn	Pác Miầu
W	042	Xã	Lý Bôn
W	042	Xã	Mông Ân
W	042	Xã	Nam Cao
W	042	Xã	Nam Quang
W	042	Xã	Quảng Lâm
W	042	Xã	Thái Học
W	042	Xã	Thái Sơn
W	042	Xã	Thạch Lâm
W	042	Xã	Vĩnh Phong
W	042	Xã	Vĩnh Quang
W	042	Xã	Yên Thổ
W	042	Xã	Đức Hạnh
W	043	Thị trấn	Bảo Lạc
W	043	Xã	Bảo Toàn
W	043	Xã	Cô Ba
W	043	Xã	Cốc Pàng
W	043	Xã	Huy Giáp
W	043	Xã	Hưng Thịnh
W	043	Xã	Hưng Đạo
W	043	Xã	Hồng An
W	043	Xã	Hồng Trị
W	043	Xã	Khánh Xuân
W	043	Xã	Kim Cúc
W	043	Xã	Phan Thanh
W	043	Xã	Sơn Lập
W	043	Xã	Sơn Lộ
W	043	Xã	Thượng Hà
W	043	Xã	Xuân Trường
W	043	Xã	Đình Phùng
W	045	Thị trấn	Thông Nông
W	045	Thị trấn	Xuân Hòa
W	045	Xã	Cải Viên
W	045	Xã	Cần Nông
W	045	Xã	Cần Yên
W	045	Xã	Hồng Sỹ
W	045	Xã	Lũng Nặm
W	045	Xã	Lương Can
W	045	Xã	Lương Thông
W	045	Xã	Mã Ba
W	045	Xã	Ngọc Đào
W	045	Xã	Ngọc Động
W	045	Xã	Nội Thôn
W	045	Xã	Quý Quân
W	045	Xã	Sóc Hà
W	045	Xã	Thanh Long
W	045	Xã	Thượng Thôn
W	045	Xã	Trường Hà
W	045	Xã	Tổng Cọt
W	045	Xã	Yên Sơn
W	045	Xã	Đa Thông
W	047	Thị trấn	Trà Lĩnh
W	047	Thị trấn	Trùng Khánh
W	047	Xã	Cao Chương
W	047	Xã	Cao Thăng
W	047	Xã	Chí Viễn
W	047	Xã	Khâm Thành
W	047	Xã	Lăng Hiếu
W	047	Xã	Ngọc Côn
W	047	Xã	Ngọc Khê
W	047	Xã	Phong Châu
W	047	Xã	Phong Nặm
W	047	Xã	Quang Hán
W	047	Xã	Quang Trung
W	047	Xã	Quang Vinh
W	047	Xã	Tri Phương
W	047	Xã	Trung Phúc
W	047	Xã	Xuân Nội
W	047	Xã	Đoài Dương
W	047	Xã	Đàm Thủy
W	047	Xã	Đình Phong
W	047	Xã	Đức Hồng
W	048	Thị trấn	Thanh Nhật
W	048	Xã	An Lạc
W	048	Xã	Cô Ngân
W	048	Xã	Kim Loan
W	048	Xã	Lý Quốc
W	048	Xã	Minh Long
W	048	Xã	Quang Long
W	048	Xã	Thắng Lợi
W	048	Xã	Thị Hoa
W	048	Xã	Thống Nhất
W	048	Xã	Vinh Quý
W	048	Xã	Đồng Loan
W	048	Xã	Đức Quang
W	049	Thị trấn	Hòa Thuận
W	049	Thị trấn	Quảng Uyên
W	049	Thị trấn	Tà Lùng
W	049	Xã	Bế Văn Đàn
W	049	Xã	Cai Bộ
W	049	Xã	Chí Thảo
W	049	Xã	Cách Linh
W	049	Xã	Hạnh Phúc
W	049	Xã	Hồng Quang
W	049	Xã	Mỹ Hưng
W	049	Xã	Ngọc Động
W	049	Xã	Phi Hải
W	049	Xã	Phúc Sen
W	049	Xã	Quảng Hưng
W	049	Xã	Quốc Toản
W	049	Xã	Tiên Thành
W	049	Xã	Tự Do
W	049	Xã	Đại Sơn
W	049	Xã	Độc Lập
W	051	Thị trấn	Nước Hai
W	051	Xã	Bình Dương
W	051	Xã	Bạch Đằng
W	051	Xã	Dân Chủ
W	051	Xã	Hoàng Tung
W	051	Xã	Hồng Nam
W	051	Xã	Hồng Việt
W	051	Xã	Lê Chung
W	051	Xã	Nam Tuấn
W	051	Xã	Nguyễn Huệ
W	051	Xã	Ngũ Lão
W	051	Xã	Quang Trung
W	051	Xã	Trương Lương
W	051	Xã	Đại Tiến
W	051	Xã	Đức Long
W	052	Thị trấn	Nguyên Bình
W	052	Thị trấn	Tĩnh Túc
W	052	Xã	Ca Thành
W	052	Xã	Hoa Thám
W	052	Xã	Hưng Đạo
W	052	Xã	Mai Long
W	052	Xã	Minh Tâm
W	052	Xã	Phan Thanh
W	052	Xã	Quang Thành
W	052	Xã	Tam Kim
W	052	Xã	Thành Công
W	052	Xã	Thể Dục
W	052	Xã	Thịnh Vượng
W	052	Xã	Triệu Nguyên
W	052	Xã	Vũ Minh
W	052	Xã	Vũ Nông
W	052	Xã	Yên Lạc
W	053	Thị trấn	Đông Khê
W	053	Xã	Canh Tân
W	053	Xã	Kim Đồng
W	053	Xã	Lê Lai
W	053	Xã	Lê Lợi
W	053	Xã	Minh Khai
W	053	Xã	Quang Trọng
W	053	Xã	Thái Cường
W	053	Xã	Thụy Hùng
W	053	Xã	Trọng Con
W	053	Xã	Vân Trình
W	053	Xã	Đức Long
W	053	Xã	Đức Thông
W	053	Xã	Đức Xuân
W	058	Phường	Huyền Tụng
W	058	Phường	Nguyễn Thị Minh Khai
W	058	Phường	Phùng Chí Kiên
W	058	Phường	Sông Cầu
W	058	Phường	Xuất Hóa
W	058	Phường	Đức Xuân
W	058	Xã	Dương Quang
W	058	Xã	Nông Thượng
W	060	Xã	An Thắng
W	060	Xã	Bằng Thành
W	060	Xã	Bộc Bố
W	060	Xã	Cao Tân
W	060	Xã	Công Bằng
W	060	Xã	Cổ Linh
W	060	Xã	Giáo Hiệu
W	060	Xã	Nghiên Loan
W	060	Xã	Nhạn Môn
W	060	Xã	Xuân La
W	061	Thị trấn	Chợ Rã
W	061	Xã	Bành Trạch
W	061	Xã	Cao Thượng
W	061	Xã	Chu Hương
W	061	Xã	Hoàng Trĩ
W	061	Xã	Hà Hiệu
W	061	Xã	Khang Ninh
W	061	Xã	Mỹ Phương
W	061	Xã	Nam Mẫu
W	061	Xã	Phúc Lộc
W	061	Xã	Quảng Khê
W	061	Xã	Thượng Giáo
W	061	Xã	Yến Dương
W	061	Xã	Địa Linh
W	061	Xã	Đồng Phúc
W	062	Thị trấn	Nà Phặc
W	062	Thị trấn	Vân Tùng
W	062	Xã	Bằng Vân
W	062	Xã	Cốc Đán
W	062	Xã	Hiệp Lực
W	062	Xã	Thuần Mang
W	062	Xã	Thượng Quan
W	062	Xã	Thượng Ân
W	062	Xã	Trung Hòa
W	062	Xã	Đức Vân
W	063	Thị trấn	Phủ Thông
W	063	Xã	Cao Sơn
W	063	Xã	Cẩm Giàng
W	063	Xã	Dương Phong
W	063	Xã	Lục Bình
W	063	Xã	Mỹ Thanh
W	063	Xã	Nguyên Phúc
W	063	Xã	Quang Thuận
W	063	Xã	Quân Hà
W	063	Xã	Sỹ Bình
W	063	Xã	Tân Tú
W	063	Xã	Vi Hương
W	063	Xã	Vũ Muộn
W	063	Xã	Đôn Phong
W	064	Thị trấn	Bằng Lũng
W	064	Xã	Bình Trung
W	064	Xã	Bản Thi
W	064	Xã	Bằng Lãng
W	064	Xã	Bằng Phúc
W	064	Xã	Lương Bằng
W	064	Xã	Nam Cường
W	064	Xã	Nghĩa Tá
W	064	Xã	Ngọc Phái
W	064	Xã	Phương Viên
W	064	Xã	Quảng Bạch
W	064	Xã	Tân Lập
W	064	Xã	Xuân Lạc
W	064	Xã	Yên Mỹ
W	064	Xã	Yên Phong
W	064	Xã	Yên Thượng
W	064	Xã	Yên Thịnh
W	064	Xã	Đại Sảo
W	064	Xã	Đồng Lạc
W	064	Xã	Đồng Thắng
W	065	Thị trấn	Đồng Tâm
W	065	Xã	Bình Văn
W	065	Xã	Cao Kỳ
W	065	Xã	Hòa Mục
W	065	Xã	Mai Lạp
W	065	Xã	Như Cố
W	065	Xã	Nông Hạ
W	065	Xã	Quảng Chu
W	065	Xã	Thanh Mai
W	065	Xã	Thanh Thịnh
W	065	Xã	Thanh Vận
W	065	Xã	Tân Sơn
W	065	Xã	Yên Cư
W	065	Xã	Yên Hân
W	066	Thị trấn	Yến Lạc
W	066	Xã	Côn Minh
W	066	Xã	Cư Lễ
W	066	Xã	Cường Lợi
W	066	Xã	Dương Sơn
W	066	Xã	Kim Hỷ
W	066	Xã	Kim Lư
W	066	Xã	Liêm Thủy
W	066	Xã	Lương Thượng
W	066	Xã	Quang Phong
W	066	Xã	Sơn Thành
W	066	Xã	Trần Phú
W	066	Xã	Văn Lang
W	066	Xã	Văn Minh
W	066	Xã	Văn Vũ
W	066	Xã	Xuân Dương
W	066	Xã	Đổng Xá
W	070	Phường	An Tường
W	070	Phường	Hưng Thành
W	070	Phường	Minh Xuân
W	070	Phường	Mỹ Lâm
W	070	Phường	Nông Tiến
W	070	Phường	Phan Thiết
W	070	Phường	Tân Hà
W	070	Phường	Tân Quang
W	070	Phường	Đội Cấn
W	070	Phường	Ỷ La
W	070	Xã	An Khang
W	070	Xã	Kim Phú
W	070	Xã	Lưỡng Vượng
W	070	Xã	Thái Long
W	070	Xã	Tràng Đà
W	071	Thị trấn	Lăng Can
W	071	Xã	Bình An
W	071	Xã	Hồng Quang
W	071	Xã	Khuôn Hà
W	071	Xã	Minh Quang
W	071	Xã	Phúc Sơn
W	071	Xã	Phúc Yên
W	071	Xã	Thượng Lâm
W	071	Xã	Thổ Bình
W	071	Xã	Xuân Lập
W	072	Thị trấn	Na Hang
W	072	Xã	Côn Lôn
W	072	Xã	Hồng Thái
W	072	Xã	Khâu Tinh
W	072	Xã	Năng Khả
W	072	Xã	Sinh Long
W	072	Xã	Sơn Phú
W	072	Xã	Thanh Tương
W	072	Xã	Thượng Giáp
W	072	Xã	Thượng Nông
W	072	Xã	Yên Hoa
W	072	Xã	Đà Vị
W	073	Thị trấn	Vĩnh Lộc
W	073	Xã	Bình Nhân
W	073	Xã	Bình Phú
W	073	Xã	Hà Lang
W	073	Xã	Hòa An
W	073	Xã	Hòa Phú
W	073	Xã	Hùng Mỹ
W	073	Xã	Kim Bình
W	073	Xã	Kiên Đài
W	073	Xã	Linh Phú
W	073	Xã	Ngọc Hội
W	073	Xã	Nhân Lý
W	073	Xã	Phú Bình
W	073	Xã	Phúc Thịnh
W	073	Xã	Tri Phú
W	073	Xã	Trung Hà
W	073	Xã	Trung Hòa
W	073	Xã	Tân An
W	073	Xã	Tân Mỹ
W	073	Xã	Tân Thịnh
W	073	Xã	Vinh Quang
W	073	Xã	Xuân Quang
W	073	Xã	Yên Lập
W	073	Xã	Yên Nguyên
W	074	Thị trấn	Tân Yên
W	074	Xã	Bình Xa
W	074	Xã	Bạch Xa
W	074	Xã	Bằng Cốc
W	074	Xã	Hùng Đức
W	074	Xã	Minh Dân
W	074	Xã	Minh Hương
W	074	Xã	Minh Khương
W	074	Xã	Nhân Mục
W	074	Xã	Phù Lưu
W	074	Xã	Thành Long
W	074	Xã	Thái Hòa
W	074	Xã	Thái Sơn
W	074	Xã	Tân Thành
W	074	Xã	Yên Lâm
W	074	Xã	Yên Phú
W	074	Xã	Yên Thuận
W	074	Xã	Đức Ninh
W	075	Thị trấn	Yên Sơn
W	075	Xã	Chiêu Yên
W	075	Xã	Chân Sơn
W	075	Xã	Công Đa
W	075	Xã	Hoàng Khai
W	075	Xã	Hùng Lợi
W	075	Xã	Kim Quan
W	075	Xã	Kiến Thiết
W	075	Xã	Lang Quán
W	075	Xã	Lực Hành
W	075	Xã	Mỹ Bằng
W	075	Xã	Nhữ Hán
W	075	Xã	Nhữ Khê
W	075	Xã	Phú Thịnh
W	075	Xã	Phúc Ninh
W	075	Xã	Quý Quân
W	075	Xã	Thái Bình
W	075	Xã	Tiến Bộ
W	075	Xã	Trung Minh
W	075	Xã	Trung Môn
W	075	Xã	Trung Sơn
W	075	Xã	Trung Trực
W	075	Xã	Tân Long
W	075	Xã	Tân Tiến
W	075	Xã	Tứ Quận
W	075	Xã	Xuân Vân
W	075	Xã	Đạo Viện
W	075	Xã	Đội Bình
W	076	Thị trấn	Sơn Dương
W	076	Xã	Bình Yên
W	076	Xã	Chi Thiết
W	076	Xã	Cấp Tiến
W	076	Xã	Hào Phú
W	076	Xã	Hồng Sơn
W	076	Xã	Hợp Hòa
W	076	Xã	Hợp Thành
W	076	Xã	Kháng Nhật
W	076	Xã	Lương Thiện
W	076	Xã	Minh Thanh
W	076	Xã	Ninh Lai
W	076	Xã	Phú Lương
W	076	Xã	Phúc Ứng
W	076	Xã	Quyết Thắng
W	076	Xã	Sơn Nam
W	076	Xã	Tam Đa
W	076	Xã	Thiện Kế
W	076	Xã	Thượng Ấm
W	076	Xã	Trung Yên
W	076	Xã	Trường Sinh
W	076	Xã	Tân Thanh
W	076	Xã	Tân Trào
W	076	Xã	Tú Thịnh
W	076	Xã	Văn Phú
W	076	Xã	Vĩnh Lợi
W	076	Xã	Đông Lợi
W	076	Xã	Đông Thọ
W	076	Xã	Đại Phú
W	076	Xã	Đồng Quý
W	080	Phường	Bình Minh
W	080	Phường	Bắc Cường
W	080	Phường	Bắc Lệnh
W	080	Phường	Cốc Lếu
W	080	Phường	Duyên Hải
W	080	Phường	Kim Tân
W	080	Phường	Lào Cai
W	080	Phường	Nam Cường
W	080	Phường	Pom Hán
W	080	Phường	Xuân Tăng
W	080	Xã	Cam Đường
W	080	Xã	Cốc San
W	080	Xã	Hợp Thành
W	080	Xã	Thống Nhất
W	080	Xã	Tả Phời
W	080	Xã	Vạn Hòa
W	080	Xã	Đồng Tuyển
W	082	Thị trấn	Bát Xát
W	082	Xã	A Lù
W	082	Xã	A Mú Sung
W	082	Xã	Bản Qua
W	082	Xã	Bản Vược
W	082	Xã	Bản Xèo
W	082	Xã	Cốc Mỳ
W	082	Xã	Dền Sáng
W	082	Xã	Dền Thàng
W	082	Xã	Mường Hum
W	082	Xã	Mường Vi
W	082	Xã	Nậm Chạc
W	082	Xã	Nậm Pung
W	082	Xã	Pa Cheo
W	082	Xã	Phìn Ngan
W	082	Xã	Quang Kim
W	082	Xã	Sàng Ma Sáo
W	082	Xã	Trung Lèng Hồ
W	082	Xã	Trịnh Tường
W	082	Xã	Tòng Sành
W	082	Xã	Y Tý
W	083	Thị trấn	Mường Khương
W	083	Xã	Bản Lầu
W	083	Xã	Bản Sen
W	083	Xã	Cao Sơn
W	083	Xã	Dìn Chin
W	083	Xã	La Pan Tẩn
W	083	Xã	Lùng Khấu Nhin
W	083	Xã	Lùng Vai
W	083	Xã	Nấm Lư
W	083	Xã	Nậm Chảy
W	083	Xã	Pha Long
W	083	Xã	Thanh Bình
W	083	Xã	Tung Chung Phố
W	083	Xã	Tả Gia Khâu
W	083	Xã	Tả Ngài Chồ
W	083	Xã	Tả Thàng
W	084	Thị trấn	Si Ma Cai
W	084	Xã	Bản Mế
W	084	Xã	Cán Cấu
W	084	Xã	Lùng Thẩn
W	084	Xã	Nàn Sán
W	084	Xã	Nàn Sín
W	084	Xã	Quan Hồ Thẩn
W	084	Xã	Sán Chải
W	084	Xã	Sín Chéng
W	084	Xã	Thào Chư Phìn
W	085	Thị trấn	Bắc Hà
W	085	Xã	Bản Cái
W	085	Xã	Bản Liền
W	085	Xã	Bản Phố
W	085	Xã	Bảo Nhai
W	085	Xã	Cốc Ly
W	085	Xã	Cốc Lầu
W	085	Xã	Hoàng Thu Phố
W	085	Xã	Lùng Cải
W	085	Xã	Lùng Phình
W	085	Xã	Na Hối
W	085	Xã	Nậm Khánh
W	085	Xã	Nậm Lúc
W	085	Xã	Nậm Mòn
W	085	Xã	Nậm Đét
W	085	Xã	Thải Giàng Phố
W	085	Xã	Tả Củ Tỷ
W	085	Xã	Tả Van Chư
W	086	Thị trấn	Nông trường Phong Hải
W	086	Thị trấn	Phố Lu
W	086	Thị trấn	Tằng Loỏng
W	086	Xã	Bản Cầm
W	086	Xã	Bản Phiệt
W	086	Xã	Gia Phú
W	086	Xã	Phong Niên
W	086	Xã	Phú Nhuận
W	086	Xã	Sơn Hà
W	086	Xã	Sơn Hải
W	086	Xã	Thái Niên
W	086	Xã	Trì Quang
W	086	Xã	Xuân Giao
W	086	Xã	Xuân Quang
W	087	Thị trấn	Phố Ràng
W	087	Xã	Bảo Hà
W	087	Xã	Cam Cọn
W	087	Xã	Kim Sơn
W	087	Xã	Lương Sơn
W	087	Xã	Minh Tân
W	087	Xã	Nghĩa Đô
W	087	Xã	Phúc Khánh
W	087	Xã	Thượng Hà
W	087	Xã	Tân Dương
W	087	Xã	Tân Tiến
W	087	Xã	Việt Tiến
W	087	Xã	Vĩnh Yên
W	087	Xã	Xuân Hòa
W	087	Xã	Xuân Thượng
W	087	Xã	Yên Sơn
W	087	Xã	Điện Quan
W	088	Phường	Cầu Mây
W	088	Phường	Hàm Rồng
W	088	Phường	Phan Si Păng
W	088	Phường	Sa Pa
W	088	Phường	Sa Pả
W	088	Phường	Ô Quý Hồ
W	088	Xã	Bản Hồ
W	088	Xã	Hoàng Liên
W	088	Xã	Liên Minh
W	088	Xã	Mường Bo
W	088	Xã	Mường Hoa
W	088	Xã	Ngũ Chỉ Sơn
W	088	Xã	Thanh Bình
W	088	Xã	Trung Chải
W	088	Xã	Tả Phìn
W	088	Xã	Tả Van
W	089	Thị trấn	Khánh Yên
W	089	Xã	Chiềng Ken
W	089	Xã	Dương Quỳ
W	089	Xã	Dần Thàng
W	089	Xã	Hòa Mạc
W	089	Xã	Khánh Yên Hạ
W	089	Xã	Khánh Yên Thượng
W	089	Xã	Khánh Yên Trung
W	089	Xã	Liêm Phú
W	089	Xã	Làng Giàng
W	089	Xã	Minh Lương
W	089	Xã	Nậm Chày
W	089	Xã	Nậm Dạng
W	089	Xã	Nậm Mả
W	089	Xã	Nậm Tha
W	089	Xã	Nậm Xây
W	089	Xã	Nậm Xé
W	089	Xã	Sơn Thủy
W	089	Xã	Thẩm Dương
W	089	Xã	Tân An
W	089	Xã	Tân Thượng
W	089	Xã	Võ Lao
W	094	Phường	Him Lam
W	094	Phường	Mường Thanh
W	094	Phường	Nam Thanh
W	094	Phường	Noong Bua
W	094	Phường	Thanh Bình
W	094	Phường	Thanh Trường
W	094	Phường	Tân Thanh
W	094	Xã	Mường Phăng
W	094	Xã	Nà Nhạn
W	094	Xã	Nà Tấu
W	094	Xã	Pá Khoang
W	094	Xã	Thanh Minh
W	095	Phường	Na Lay
W	095	Phường	Sông Đà
W	095	Xã	Lay Nưa
W	096	Xã	Chung Chải
W	096	Xã	Huổi Lếch
W	096	Xã	Leng Su Sìn
W	096	Xã	Mường Nhé
W	096	Xã	Mường Toong
W	096	Xã	Nậm Kè
W	096	Xã	Nậm Vì
W	096	Xã	Pá Mỳ
W	096	Xã	Quảng Lâm
W	096	Xã	Sen Thượng
W	096	Xã	Sín Thầu
W	097	Thị trấn	Mường Chà
W	097	Xã	Huổi Lèng
W	097	Xã	Huổi Mí
W	097	Xã	Hừa Ngài
W	097	Xã	Ma Thì Hồ
W	097	Xã	Mường Mươn
W	097	Xã	Mường Tùng
W	097	Xã	Na Sang
W	097	Xã	Nậm Nèn
W	097	Xã	Pa Ham
W	097	Xã	Sa Lông
W	097	Xã	Sá Tổng
W	098	Thị trấn	Tủa Chùa
W	098	Xã	Huổi Só
W	098	Xã	Lao Xả Phình
W	098	Xã	Mường Báng
W	098	Xã	Mường Đun
W	098	Xã	Sín Chải
W	098	Xã	Sính Phình
W	098	Xã	Trung Thu
W	098	Xã	Tả Phìn
W	098	Xã	Tả Sìn Thàng
W	098	Xã	Tủa Thàng
W	098	Xã	Xá Nhè
W	099	Thị trấn	Tuần Giáo
W	099	Xã	Chiềng Sinh
W	099	Xã	Chiềng Đông
W	099	Xã	Mùn Chung
W	099	Xã	Mường Khong
W	099	Xã	Mường Mùn
W	099	Xã	Mường Thín
W	099	Xã	Nà Sáy
W	099	Xã	Nà Tòng
W	099	Xã	Phình Sáng
W	099	Xã	Pú Nhung
W	099	Xã	Pú Xi
W	099	Xã	Quài Cang
W	099	Xã	Quài Nưa
W	099	Xã	Quài Tở
W	099	Xã	Rạng Đông
W	099	Xã	Ta Ma
W	099	Xã	Tênh Phông
W	099	Xã	Tỏa Tình
W	100	Xã	Hua Thanh
W	100	Xã	Hẹ Muông
W	100	Xã	Mường Lói
W	100	Xã	Mường Nhà
W	100	Xã	Mường Pồn
W	100	Xã	Na Tông
W	100	Xã	Na Ư
W	100	Xã	Noong Hẹt
W	100	Xã	Noong Luống
W	100	Xã	Núa Ngam
W	100	Xã	Pa Thơm
W	100	Xã	Phu Luông
W	100	Xã	Pom Lót
W	100	Xã	Sam Mứn
W	100	Xã	Thanh An
W	100	Xã	Thanh Chăn
W	100	Xã	Thanh Hưng
W	100	Xã	Thanh Luông
W	100	Xã	Thanh Nưa
W	100	Xã	Thanh Xương
W	100	Xã	Thanh Yên
W	101	Thị trấn	Điện Biên Đông
W	101	Xã	Chiềng Sơ
W	101	Xã	Háng Lìa
W	101	Xã	Keo Lôm
W	101	Xã	Luân Giói
W	101	Xã	Mường Luân
W	101	Xã	Na Son
W	101	Xã	Nong U
W	101	Xã	Phì Nhừ
W	101	Xã	Phình Giàng
W	101	Xã	Pu Nhi
W	101	Xã	Pú Hồng
W	101	Xã	Tìa Dình
W	101	Xã	Xa Dung
W	102	Thị trấn	Mường Ảng
W	102	Xã	Búng Lao
W	102	Xã	Mường Lạn
W	102	Xã	Mường Đăng
W	102	Xã	Ngối Cáy
W	102	Xã	Nặm Lịch
W	102	Xã	Xuân Lao
W	102	Xã	Ẳng Cang
W	102	Xã	Ẳng Nưa
W	102	Xã	Ẳng Tở
W	103	Xã	Chà Cang
W	103	Xã	Chà Nưa
W	103	Xã	Chà Tở
W	103	Xã	Na Cô Sa
W	103	Xã	Nà Bủng
W	103	Xã	Nà Hỳ
W	103	Xã	Nà Khoa
W	103	Xã	Nậm Chua
W	103	Xã	Nậm Khăn
W	103	Xã	Nậm Nhừ
W	103	Xã	Nậm Tin
W	103	Xã	Pa Tần
W	103	Xã	Phìn Hồ
W	103	Xã	Si Pa Phìn
W	103	Xã	Vàng Đán
W	105	Phường	Quyết Thắng
W	105	Phường	Quyết Tiến
W	105	Phường	Tân Phong
W	105	Phường	Đoàn Kết
W	105	Phường	Đông Phong
W	105	Xã	San Thàng
W	105	Xã	Sùng Phài
W	106	Thị trấn	Tam Đường
W	106	Xã	Bình Lư
W	106	Xã	Bản Bo
W	106	Xã	Bản Giang
W	106	Xã	Bản Hon
W	106	Xã	Giang Ma
W	106	Xã	Hồ Thầu
W	106	Xã	Khun Há
W	106	Xã	Nà Tăm
W	106	Xã	Nùng Nàng
W	106	Xã	Sơn Bình
W	106	Xã	Thèn Sin
W	106	Xã	Tả Lèng
W	107	Thị trấn	Mường Tè (Thị trấn)
W	107	Xã	Bum Nưa
W	107	Xã	Bum Tở
W	107	Xã	Ka Lăng
W	107	Xã	Kan Hồ
W	107	Xã	Mù Cả
W	107	Xã	Mường Tè (Xã)
W	107	Xã	Nậm Khao
W	107	Xã	Pa Vệ Sủ
W	107	Xã	Pa ủ
W	107	Xã	Thu Lũm
W	107	Xã	Tà Tổng
W	107	Xã	Tá Bạ
W	107	Xã	Vàng San
W	108	Thị trấn	Sìn Hồ
W	108	Xã	Chăn Nưa
W	108	Xã	Căn Co
W	108	Xã	Hồng Thu
W	108	Xã	Làng Mô
W	108	Xã	Lùng Thàng
W	108	Xã	Ma Quai
W	108	Xã	Noong Hẻo
W	108	Xã	Nậm Cha
W	108	Xã	Nậm Cuổi
W	108	Xã	Nậm Hăn
W	108	Xã	Nậm Mạ
W	108	Xã	Nậm Tăm
W	108	Xã	Pa Khóa
W	108	Xã	Pa Tần
W	108	Xã	Phìn Hồ
W	108	Xã	Phăng Sô Lin
W	108	Xã	Pu Sam Cáp
W	108	Xã	Sà Dề Phìn
W	108	Xã	Tả Ngảo
W	108	Xã	Tả Phìn
W	108	Xã	Tủa Sín Chải
W	109	Thị trấn	Phong Thổ
W	109	Xã	Bản Lang
W	109	Xã	Dào San
W	109	Xã	Hoang Thèn
W	109	Xã	Huổi Luông
W	109	Xã	Khổng Lào
W	109	Xã	Lản Nhì Thàng
W	109	Xã	Ma Li Pho
W	109	Xã	Mù Sang
W	109	Xã	Mường So
W	109	Xã	Mồ Sì San
W	109	Xã	Nậm Xe
W	109	Xã	Pa Vây Sử
W	109	Xã	Sin Suối Hồ
W	109	Xã	Sì Lở Lầu
W	109	Xã	Tung Qua Lìn
W	109	Xã	Vàng Ma Chải
W	110	Thị trấn	Than Uyên
W	110	Xã	Hua Nà
W	110	Xã	Khoen On
W	110	Xã	Mường Cang
W	110	Xã	Mường Kim
W	110	Xã	Mường Mít
W	110	Xã	Mường Than
W	110	Xã	Pha Mu
W	110	Xã	Phúc Than
W	110	Xã	Ta Gia
W	110	Xã	Tà Hừa
W	110	Xã	Tà Mung
W	111	Thị trấn	Tân Uyên
W	111	Xã	Hố Mít
W	111	Xã	Mường Khoa
W	111	Xã	Nậm Cần
W	111	Xã	Nậm Sỏ
W	111	Xã	Phúc Khoa
W	111	Xã	Pắc Ta
W	111	Xã	Thân Thuộc
W	111	Xã	Trung Đồng
W	111	Xã	Tà Mít
W	112	Thị trấn	Nậm Nhùn
W	112	Xã	Hua Bum
W	112	Xã	Lê Lợi
W	112	Xã	Mường Mô
W	112	Xã	Nậm Ban
W	112	Xã	Nậm Chà
W	112	Xã	Nậm Hàng
W	112	Xã	Nậm Manh
W	112	Xã	Nậm Pì
W	112	Xã	Pú Đao
W	112	Xã	Trung Chải
W	116	Phường	Chiềng An
W	116	Phường	Chiềng Cơi
W	116	Phường	Chiềng Lề
W	116	Phường	Chiềng Sinh
W	116	Phường	Quyết Thắng
W	116	Phường	Quyết Tâm
W	116	Phường	Tô Hiệu
W	116	Xã	Chiềng Cọ
W	116	Xã	Chiềng Ngần
W	116	Xã	Chiềng Xôm
W	116	Xã	Chiềng Đen
W	116	Xã	Hua La
W	118	Thị trấn	Mường Giàng
W	118	Xã	Chiềng Bằng
W	118	Xã	Chiềng Khay
W	118	Xã	Chiềng Khoang
W	118	Xã	Chiềng Ơn
W	118	Xã	Cà Nàng
W	118	Xã	Mường Chiên
W	118	Xã	Mường Giôn
W	118	Xã	Mường Sại
W	118	Xã	Nặm Ét
W	118	Xã	Pá Ma Pha Khinh
W	119	Thị trấn	Thuận Châu
W	119	Xã	Bon Phặng
W	119	Xã	Bó Mười
W	119	Xã	Bản Lầm
W	119	Xã	Chiềng Bôm
W	119	Xã	Chiềng La
W	119	Xã	Chiềng Ngàm
W	119	Xã	Chiềng Pha
W	119	Xã	Chiềng Pấc
W	119	Xã	Co Mạ
W	119	Xã	Co Tòng
W	119	Xã	Liệp Tè
W	119	Xã	Long Hẹ
W	119	Xã	Muổi Nọi
W	119	Xã	Mường Bám
W	119	Xã	Mường Khiêng
W	119	Xã	Mường é
W	119	Xã	Nong Lay
W	119	Xã	Nậm Lầu
W	119	Xã	Phổng Ly
W	119	Xã	Phổng Lái
W	119	Xã	Phổng Lập
W	119	Xã	Pá Lông
W	119	Xã	Púng Tra
W	119	Xã	Thôm Mòn
W	119	Xã	Tông Cọ
W	119	Xã	Tông Lạnh
W	119	Xã	é Tòng
W	120	Thị trấn	Ít Ong
W	120	Xã	Chiềng Công
W	120	Xã	Chiềng Hoa
W	120	Xã	Chiềng Lao
W	120	Xã	Chiềng Muôn
W	120	Xã	Chiềng San
W	120	Xã	Chiềng Ân
W	120	Xã	Hua Trai
W	120	Xã	Mường Bú
W	120	Xã	Mường Chùm
W	120	Xã	Mường Trai
W	120	Xã	Ngọc Chiến
W	120	Xã	Nậm Giôn
W	120	Xã	Nậm Păm
W	120	Xã	Pi Toong
W	120	Xã	Tạ Bú
W	121	Thị trấn	Bắc Yên
W	121	Xã	Chim Vàn
W	121	Xã	Chiềng Sại
W	121	Xã	Hang Chú
W	121	Xã	Hua Nhàn
W	121	Xã	Háng Đồng
W	121	Xã	Hồng Ngài
W	121	Xã	Làng Chếu
W	121	Xã	Mường Khoa
W	121	Xã	Phiêng Ban
W	121	Xã	Phiêng Côn
W	121	Xã	Pắc Ngà
W	121	Xã	Song Pe
W	121	Xã	Tà Xùa
W	121	Xã	Tạ Khoa
W	121	Xã	Xím Vàng
W	122	Thị trấn	Quang Huy
W	122	Xã	Bắc Phong
W	122	Xã	Gia Phù
W	122	Xã	Huy Hạ
W	122	Xã	Huy Thượng
W	122	Xã	Huy Tân
W	122	Xã	Huy Tường
W	122	Xã	Kim Bon
W	122	Xã	Mường Bang
W	122	Xã	Mường Cơi
W	122	Xã	Mường Do
W	122	Xã	Mường Lang
W	122	Xã	Mường Thải
W	122	Xã	Nam Phong
W	122	Xã	Suối Bau
W	122	Xã	Suối Tọ
W	122	Xã	Sập Xa
W	122	Xã	Tân Lang
W	122	Xã	Tân Phong
W	122	Xã	Tường Hạ
W	122	Xã	Tường Phong
W	122	Xã	Tường Phù
W	122	Xã	Tường Thượng
W	122	Xã	Tường Tiến
W	122	Xã	Đá Đỏ
W	123	Phường	Bình Minh
W	123	Phường	Cờ Đỏ
W	123	Phường	Mường Sang
W	123	Phường	Mộc Lỵ
W	123	Phường	Mộc Sơn
W	123	Phường	Thảo Nguyên
W	123	Phường	Vân Sơn
W	123	Phường	Đông Sang
W	123	Xã	Chiềng Chung
W	123	Xã	Chiềng Hắc
W	123	Xã	Chiềng Khừa
W	123	Xã	Chiềng Sơn
W	123	Xã	Lóng Sập
W	123	Xã	Tân Yên
W	123	Xã	Đoàn Kết
W	124	Thị trấn	Yên Châu
W	124	Xã	Chiềng Hặc
W	124	Xã	Chiềng Khoi
W	124	Xã	Chiềng On
W	124	Xã	Chiềng Pằn
W	124	Xã	Chiềng Sàng
W	124	Xã	Chiềng Tương
W	124	Xã	Chiềng Đông
W	124	Xã	Lóng Phiêng
W	124	Xã	Mường Lựm
W	124	Xã	Phiêng Khoài
W	124	Xã	Sặp Vạt
W	124	Xã	Tú Nang
W	124	Xã	Yên Sơn
W	125	Thị trấn	Hát Lót (Thị trấn)
W	125	Xã	Chiềng Ban
W	125	Xã	Chiềng Chung
W	125	Xã	Chiềng Chăn
W	125	Xã	Chiềng Dong
W	125	Xã	Chiềng Kheo
W	125	Xã	Chiềng Lương
W	125	Xã	Chiềng Mai
W	125	Xã	Chiềng Mung
W	125	Xã	Chiềng Nơi
W	125	Xã	Chiềng Sung
W	125	Xã	Chiềng Ve
W	125	Xã	Cò Nòi
W	125	Xã	Hát Lót (Xã)
W	125	Xã	Mường Bon
W	125	Xã	Mường Bằng
W	125	Xã	Mường Chanh
W	125	Xã	Nà Bó
W	125	Xã	Nà Ớt
W	125	Xã	Phiêng Cằm
W	125	Xã	Phiêng Pằn
W	125	Xã	Tà Hộc
W	126	Thị trấn	Sông Mã
W	126	Xã	Bó Sinh
W	126	Xã	Chiềng Cang
W	126	Xã	Chiềng En
W	126	Xã	Chiềng Khoong
W	126	Xã	Chiềng Khương
W	126	Xã	Chiềng Phung
W	126	Xã	Chiềng Sơ
W	126	Xã	Huổi Một
W	126	Xã	Mường Cai
W	126	Xã	Mường Hung
W	126	Xã	Mường Lầm
W	126	Xã	Mường Sai
W	126	Xã	Nà Nghịu
W	126	Xã	Nậm Mằn
W	126	Xã	Nậm Ty
W	126	Xã	Pú Bẩu
W	126	Xã	Yên Hưng
W	126	Xã	Đứa Mòn
W	127	Xã	Dồm Cang
W	127	Xã	Mường Lèo
W	127	Xã	Mường Lạn
W	127	Xã	Mường Và
W	127	Xã	Nậm Lạnh
W	127	Xã	Púng Bánh
W	127	Xã	Sam Kha
W	127	Xã	Sốp Cộp
W	128	Xã	Chiềng Khoa
W	128	Xã	Chiềng Xuân
W	128	Xã	Chiềng Yên
W	128	Xã	Liên Hòa
W	128	Xã	Lóng Luông
W	128	Xã	Mường Men
W	128	Xã	Mường Tè
W	128	Xã	Quang Minh
W	128	Xã	Song Khủa
W	128	Xã	Suối Bàng
W	128	Xã	Tân Xuân
W	128	Xã	Tô Múa
W	128	Xã	Vân Hồ
W	128	Xã	Xuân Nha
W	132	Phường	Hồng Hà
W	132	Phường	Hợp Minh
W	132	Phường	Minh Tân
W	132	Phường	Nam Cường
W	132	Phường	Nguyễn Thái Học
W	132	Phường	Yên Ninh
W	132	Phường	Yên Thịnh
W	132	Phường	Đồng Tâm
W	132	Xã	Giới Phiên
W	132	Xã	Minh Bảo
W	132	Xã	Tuy Lộc
W	132	Xã	Tân Thịnh
W	132	Xã	Văn Phú
W	132	Xã	Âu Lâu
W	133	Phường	Cầu Thia
W	133	Phường	Pú Trạng
W	133	Phường	Trung Tâm
W	133	Phường	Tân An
W	133	Xã	Hạnh Sơn
W	133	Xã	Nghĩa An
W	133	Xã	Nghĩa Lộ
W	133	Xã	Nghĩa Lợi
W	133	Xã	Nghĩa Phúc
W	133	Xã	Phù Nham
W	133	Xã	Phúc Sơn
W	133	Xã	Sơn A
W	133	Xã	Thanh Lương
W	133	Xã	Thạch Lương
W	135	Thị trấn	Yên Thế
W	135	Xã	An Lạc
W	135	Xã	An Phú
W	135	Xã	Khai Trung
W	135	Xã	Khánh Hòa
W	135	Xã	Khánh Thiện
W	135	Xã	Liễu Đô
W	135	Xã	Lâm Thượng
W	135	Xã	Mai Sơn
W	135	Xã	Minh Chuẩn
W	135	Xã	Minh Tiến
W	135	Xã	Minh Xuân
W	135	Xã	Mường Lai
W	135	Xã	Phan Thanh
W	135	Xã	Phúc Lợi
W	135	Xã	Trung Tâm
W	135	Xã	Trúc Lâu
W	135	Xã	Tân Lĩnh
W	135	Xã	Tân Lập
W	135	Xã	Tân Phượng
W	135	Xã	Tô Mậu
W	135	Xã	Vĩnh Lạc
W	135	Xã	Yên Thắng
W	135	Xã	Động Quan
W	136	Thị trấn	Mậu A
W	136	Xã	An Bình
W	136	Xã	An Thịnh
W	136	Xã	Châu Quế Hạ
W	136	Xã	Châu Quế Thượng
W	136	Xã	Lang Thíp
W	136	Xã	Lâm Giang
W	136	Xã	Mậu Đông
W	136	Xã	Mỏ Vàng
W	136	Xã	Ngòi A
W	136	Xã	Nà Hẩu
W	136	Xã	Phong Dụ Hạ
W	136	Xã	Phong Dụ Thượng
W	136	Xã	Quang Minh
W	136	Xã	Tân Hợp
W	136	Xã	Viễn Sơn
W	136	Xã	Xuân Tầm
W	136	Xã	Xuân Ái
W	136	Xã	Yên Hợp
W	136	Xã	Yên Phú
W	136	Xã	Yên Thái
W	136	Xã	Đông An
W	136	Xã	Đông Cuông
W	136	Xã	Đại Phác
W	136	Xã	Đại Sơn
W	137	Thị trấn	Mù Cang Chải
W	137	Xã	Cao Phạ
W	137	Xã	Chế Cu Nha
W	137	Xã	Chế Tạo
W	137	Xã	Dế Xu Phình
W	137	Xã	Hồ Bốn
W	137	Xã	Khao Mang
W	137	Xã	Kim Nọi
W	137	Xã	La Pán Tẩn
W	137	Xã	Lao Chải
W	137	Xã	Mồ Dề
W	137	Xã	Nậm Có
W	137	Xã	Nậm Khắt
W	137	Xã	Púng Luông
W	138	Thị trấn	Cổ Phúc
W	138	Xã	Báo Đáp
W	138	Xã	Cường Thịnh
W	138	Xã	Hòa Cuông
W	138	Xã	Hưng Khánh
W	138	Xã	Hưng Thịnh
W	138	Xã	Hồng Ca
W	138	Xã	Kiên Thành
W	138	Xã	Lương Thịnh
W	138	Xã	Minh Quán
W	138	Xã	Minh Quân
W	138	Xã	Quy Mông
W	138	Xã	Thành Thịnh
W	138	Xã	Tân Đồng
W	138	Xã	Việt Cường
W	138	Xã	Việt Hồng
W	138	Xã	Vân Hội
W	138	Xã	Y Can
W	139	Thị trấn	Trạm Tấu (Thị trấn)
W	139	Xã	Bản Công
W	139	Xã	Bản Mù
W	139	Xã	Hát Lừu
W	139	Xã	Làng Nhì
W	139	Xã	Phình Hồ
W	139	Xã	Pá Hu
W	139	Xã	Pá Lau
W	139	Xã	Trạm Tấu (Xã)
W	139	Xã	Tà Si Láng
W	139	Xã	Túc Đán
W	139	Xã	Xà Hồ
W	140	Thị trấn	Nông trường Liên Sơn
W	140	Thị trấn	Nông trường Trần Phú
W	140	Thị trấn	Sơn Thịnh
W	140	Xã	An Lương
W	140	Xã	Bình Thuận
W	140	Xã	Chấn Thịnh
W	140	Xã	Cát Thịnh
W	140	Xã	Gia Hội
W	140	Xã	Minh An
W	140	Xã	Nghĩa Sơn
W	140	Xã	Nghĩa Tâm
W	140	Xã	Nậm Búng
W	140	Xã	Nậm Lành
W	140	Xã	Nậm Mười
W	140	Xã	Suối Bu
W	140	Xã	Suối Giàng
W	140	Xã	Suối Quyền
W	140	Xã	Sùng Đô
W	140	Xã	Sơn Lương
W	140	Xã	Thượng Bằng La
W	140	Xã	Tân Thịnh
W	140	Xã	Tú Lệ
W	140	Xã	Đại Lịch
W	140	Xã	Đồng Khê
W	141	Thị trấn	Thác Bà
W	141	Thị trấn	Yên Bình
W	141	Xã	Bạch Hà
W	141	Xã	Bảo Ái
W	141	Xã	Cảm Nhân
W	141	Xã	Cảm Ân
W	141	Xã	Hán Đà
W	141	Xã	Mông Sơn
W	141	Xã	Mỹ Gia
W	141	Xã	Ngọc Chấn
W	141	Xã	Phú Thịnh
W	141	Xã	Phúc An
W	141	Xã	Phúc Ninh
W	141	Xã	Thịnh Hưng
W	141	Xã	Tân Hương
W	141	Xã	Tân Nguyên
W	141	Xã	Vĩnh Kiên
W	141	Xã	Vũ Linh
W	141	Xã	Xuân Lai
W	141	Xã	Xuân Long
W	141	Xã	Yên Thành
W	141	Xã	Đại Minh
W	141	Xã	Đại Đồng
W	148	Phường	Dân Chủ
W	148	Phường	Hữu Nghị
W	148	Phường	Kỳ Sơn
W	148	Phường	Phương Lâm
W	148	Phường	Quỳnh Lâm
W	148	Phường	Thái Bình
W	148	Phường	Thịnh Lang
W	148	Phường	Thống Nhất
W	148	Phường	Trung Minh
W	148	Phường	Tân Hòa
W	148	Phường	Tân Thịnh
W	148	Phường	Đồng Tiến
W	148	Xã	Hòa Bình
W	148	Xã	Hợp Thành
W	148	Xã	Mông Hóa
W	148	Xã	Quang Tiến
W	148	Xã	Thịnh Minh
W	148	Xã	Yên Mông
W	148	Xã	Độc Lập
W	150	Thị trấn	Đà Bắc
W	150	Xã	Cao Sơn
W	150	Xã	Giáp Đắt
W	150	Xã	Hiền Lương
W	150	Xã	Mường Chiềng
W	150	Xã	Nánh Nghê
W	150	Xã	Tiền Phong
W	150	Xã	Toàn Sơn
W	150	Xã	Trung Thành
W	150	Xã	Tân Minh
W	150	Xã	Tân Pheo
W	150	Xã	Tú Lý
W	150	Xã	Vầy Nưa
W	150	Xã	Yên Hòa
W	150	Xã	Đoàn Kết
W	150	Xã	Đồng Chum
W	150	Xã	Đồng Ruộng
W	152	Thị trấn	Lương Sơn
W	152	Xã	Cao Dương
W	152	Xã	Cao Sơn
W	152	Xã	Cư Yên
W	152	Xã	Hòa Sơn
W	152	Xã	Liên Sơn
W	152	Xã	Lâm Sơn
W	152	Xã	Nhuận Trạch
W	152	Xã	Thanh Cao
W	152	Xã	Thanh Sơn
W	152	Xã	Tân Vinh
W	153	Thị trấn	Bo
W	153	Xã	Bình Sơn
W	153	Xã	Cuối Hạ
W	153	Xã	Hùng Sơn
W	153	Xã	Hợp Tiến
W	153	Xã	Kim Bôi
W	153	Xã	Kim Lập
W	153	Xã	Mỵ Hòa
W	153	Xã	Nam Thượng
W	153	Xã	Nuông Dăm
W	153	Xã	Sào Báy
W	153	Xã	Tú Sơn
W	153	Xã	Vĩnh Tiến
W	153	Xã	Vĩnh Đồng
W	153	Xã	Xuân Thủy
W	153	Xã	Đông Bắc
W	153	Xã	Đú Sáng
W	154	Thị trấn	Cao Phong
W	154	Xã	Bình Thanh
W	154	Xã	Bắc Phong
W	154	Xã	Dũng Phong
W	154	Xã	Hợp Phong
W	154	Xã	Nam Phong
W	154	Xã	Thu Phong
W	154	Xã	Thung Nai
W	154	Xã	Thạch Yên
W	154	Xã	Tây Phong
W	155	Thị trấn	Mãn Đức
W	155	Xã	Gia Mô
W	155	Xã	Lỗ Sơn
W	155	Xã	Mỹ Hòa
W	155	Xã	Ngọc Mỹ
W	155	Xã	Ngổ Luông
W	155	Xã	Nhân Mỹ
W	155	Xã	Phong Phú
W	155	Xã	Phú Cường
W	155	Xã	Phú Vinh
W	155	Xã	Quyết Chiến
W	155	Xã	Suối Hoa
W	155	Xã	Thanh Hối
W	155	Xã	Tử Nê
W	155	Xã	Vân Sơn
W	155	Xã	Đông Lai
W	156	Thị trấn	Mai Châu
W	156	Xã	Bao La
W	156	Xã	Chiềng Châu
W	156	Xã	Cun Pheo
W	156	Xã	Hang Kia
W	156	Xã	Mai Hạ
W	156	Xã	Mai Hịch
W	156	Xã	Nà Phòn
W	156	Xã	Pà Cò
W	156	Xã	Sơn Thủy
W	156	Xã	Thành Sơn
W	156	Xã	Tân Thành
W	156	Xã	Tòng Đậu
W	156	Xã	Vạn Mai
W	156	Xã	Xăm Khòe
W	156	Xã	Đồng Tân
W	157	Thị trấn	Vụ Bản
W	157	Xã	Bình Hẻm
W	157	Xã	Chí Đạo
W	157	Xã	Hương Nhượng
W	157	Xã	Miền Đồi
W	157	Xã	Mỹ Thành
W	157	Xã	Ngọc Lâu
W	157	Xã	Ngọc Sơn
W	157	Xã	Nhân Nghĩa
W	157	Xã	Quyết Thắng
W	157	Xã	Quý Hòa
W	157	Xã	Thượng Cốc
W	157	Xã	Tuân Đạo
W	157	Xã	Tân Lập
W	157	Xã	Tân Mỹ
W	157	Xã	Tự Do
W	157	Xã	Văn Nghĩa
W	157	Xã	Văn Sơn
W	157	Xã	Vũ Bình
W	157	Xã	Xuất Hóa
W	157	Xã	Yên Nghiệp
W	157	Xã	Yên Phú
W	157	Xã	Ân Nghĩa
W	157	Xã	Định Cư
W	158	Thị trấn	Hàng Trạm
W	158	Xã	Bảo Hiệu
W	158	Xã	Hữu Lợi
W	158	Xã	Lạc Lương
W	158	Xã	Lạc Sỹ
W	158	Xã	Lạc Thịnh
W	158	Xã	Ngọc Lương
W	158	Xã	Phú Lai
W	158	Xã	Yên Trị
W	158	Xã	Đa Phúc
W	158	Xã	Đoàn Kết
W	159	Thị trấn	Ba Hàng Đồi
W	159	Thị trấn	Chi Nê
W	159	Xã	An Bình
W	159	Xã	Hưng Thi
W	159	Xã	Khoan Dụ
W	159	Xã	Phú Nghĩa
W	159	Xã	Phú Thành
W	159	Xã	Thống Nhất
W	159	Xã	Yên Bồng
W	159	Xã	Đồng Tâm
W	164	Phường	Cam Giá
W	164	Phường	Chùa Hang
W	164	Phường	Gia Sàng
W	164	Phường	Hoàng Văn Thụ
W	164	Phường	Hương Sơn
W	164	Phường	Phan Đình Phùng
W	164	Phường	Phú Xá
W	164	Phường	Quan Triều
W	164	Phường	Quang Trung
W	164	Phường	Quang Vinh
W	164	Phường	Thịnh Đán
W	164	Phường	Trung Thành
W	164	Phường	Trưng Vương
W	164	Phường	Tân Long
W	164	Phường	Tân Lập
W	164	Phường	Tân Thành
W	164	Phường	Tân Thịnh
W	164	Phường	Tích Lương
W	164	Phường	Túc Duyên
W	164	Phường	Đồng Bẩm
W	164	Phường	Đồng Quang
W	164	Xã	Cao Ngạn
W	164	Xã	Huống Thượng
W	164	Xã	Linh Sơn
W	164	Xã	Phúc Hà
W	164	Xã	Phúc Trìu
W	164	Xã	Phúc Xuân
W	164	Xã	Quyết Thắng
W	164	Xã	Sơn Cẩm
W	164	Xã	Thịnh Đức
W	164	Xã	Tân Cương
W	164	Xã	Đồng Liên
W	165	Phường	Bách Quang
W	165	Phường	Châu Sơn
W	165	Phường	Cải Đan
W	165	Phường	Lương Sơn
W	165	Phường	Mỏ Chè
W	165	Phường	Phố Cò
W	165	Phường	Thắng Lợi
W	165	Xã	Bá Xuyên
W	165	Xã	Bình Sơn
W	165	Xã	Tân Quang
W	167	Thị trấn	Chợ Chu
W	167	Xã	Bình Thành
W	167	Xã	Bình Yên
W	167	Xã	Bảo Linh
W	167	Xã	Bộc Nhiêu
W	167	Xã	Kim Phượng
W	167	Xã	Lam Vỹ
W	167	Xã	Linh Thông
W	167	Xã	Phú Tiến
W	167	Xã	Phú Đình
W	167	Xã	Phúc Chu
W	167	Xã	Phượng Tiến
W	167	Xã	Quy Kỳ
W	167	Xã	Sơn Phú
W	167	Xã	Thanh Định
W	167	Xã	Trung Hội
W	167	Xã	Trung Lương
W	167	Xã	Tân Dương
W	167	Xã	Tân Thịnh
W	167	Xã	Điềm Mặc
W	167	Xã	Định Biên
W	167	Xã	Đồng Thịnh
W	168	Thị trấn	Giang Tiên
W	168	Thị trấn	Đu
W	168	Xã	Cổ Lũng
W	168	Xã	Hợp Thành
W	168	Xã	Phú Đô
W	168	Xã	Phủ Lý
W	168	Xã	Tức Tranh
W	168	Xã	Vô Tranh
W	168	Xã	Yên Lạc
W	168	Xã	Yên Ninh
W	168	Xã	Yên Trạch
W	168	Xã	Yên Đổ
W	168	Xã	Ôn Lương
W	168	Xã	Động Đạt
W	169	Thị trấn	Hóa Thượng
W	169	Thị trấn	Sông Cầu
W	169	Thị trấn	Trại Cau
W	169	Xã	Cây Thị
W	169	Xã	Hòa Bình
W	169	Xã	Hóa Trung
W	169	Xã	Hợp Tiến
W	169	Xã	Khe Mo
W	169	Xã	Minh Lập
W	169	Xã	Nam Hòa
W	169	Xã	Quang Sơn
W	169	Xã	Tân Long
W	169	Xã	Văn Hán
W	169	Xã	Văn Lăng
W	170	Thị trấn	Đình Cả
W	170	Xã	Bình Long
W	170	Xã	Cúc Đường
W	170	Xã	Dân Tiến
W	170	Xã	La Hiên
W	170	Xã	Liên Minh
W	170	Xã	Lâu Thượng
W	170	Xã	Nghinh Tường
W	170	Xã	Phú Thượng
W	170	Xã	Phương Giao
W	170	Xã	Sảng Mộc
W	170	Xã	Thượng Nung
W	170	Xã	Thần Xa
W	170	Xã	Tràng Xá
W	170	Xã	Vũ Chấn
W	171	Thị trấn	Hùng Sơn
W	171	Thị trấn	Quân Chu
W	171	Xã	An Khánh
W	171	Xã	Bình Thuận
W	171	Xã	Bản Ngoại
W	171	Xã	Cát Nê
W	171	Xã	Cù Vân
W	171	Xã	Hoàng Nông
W	171	Xã	Hà Thượng
W	171	Xã	Khôi Kỳ
W	171	Xã	La Bằng
W	171	Xã	Lục Ba
W	171	Xã	Minh Tiến
W	171	Xã	Mỹ Yên
W	171	Xã	Phú Cường
W	171	Xã	Phú Lạc
W	171	Xã	Phú Thịnh
W	171	Xã	Phú Xuyên
W	171	Xã	Phúc Lương
W	171	Xã	Phục Linh
W	171	Xã	Tiên Hội
W	171	Xã	Tân Linh
W	171	Xã	Tân Thái
W	171	Xã	Văn Yên
W	171	Xã	Vạn Phú
W	171	Xã	Yên Lãng
W	171	Xã	Đức Lương
W	172	Phường	Ba Hàng
W	172	Phường	Bãi Bông
W	172	Phường	Bắc Sơn
W	172	Phường	Hồng Tiến
W	172	Phường	Nam Tiến
W	172	Phường	Thuận Thành
W	172	Phường	Tiên Phong
W	172	Phường	Trung Thành
W	172	Phường	Tân Hương
W	172	Phường	Tân Phú
W	172	Phường	Đông Cao
W	172	Phường	Đắc Sơn
W	172	Phường	Đồng Tiến
W	172	Xã	Minh Đức
W	172	Xã	Phúc Thuận
W	172	Xã	Phúc Tân
W	172	Xã	Thành Công
W	172	Xã	Vạn Phái
W	173	Thị trấn	Hương Sơn
W	173	Xã	Bàn Đạt
W	173	Xã	Bảo Lý
W	173	Xã	Dương Thành
W	173	Xã	Hà Châu
W	173	Xã	Kha Sơn
W	173	Xã	Lương Phú
W	173	Xã	Nga My
W	173	Xã	Nhã Lộng
W	173	Xã	Thanh Ninh
W	173	Xã	Thượng Đình
W	173	Xã	Tân Hòa
W	173	Xã	Tân Khánh
W	173	Xã	Tân Kim
W	173	Xã	Tân Thành
W	173	Xã	Tân Đức
W	173	Xã	Xuân Phương
W	173	Xã	Úc Kỳ
W	173	Xã	Điềm Thụy
W	173	Xã	Đào Xá
W	178	Phường	Chi Lăng
W	178	Phường	Hoàng Văn Thụ
W	178	Phường	Tam Thanh
W	178	Phường	Vĩnh Trại
W	178	Phường	Đông Kinh
W	178	Xã	Hoàng Đồng
W	178	Xã	Mai Pha
W	178	Xã	Quảng Lạc
W	180	Thị trấn	Thất Khê
W	180	Xã	Cao Minh
W	180	Xã	Chi Lăng
W	180	Xã	Chí Minh
W	180	Xã	Hùng Sơn
W	180	Xã	Hùng Việt
W	180	Xã	Kháng Chiến
W	180	Xã	Khánh Long
W	180	Xã	Kim Đồng
W	180	Xã	Quốc Khánh
W	180	Xã	Quốc Việt
W	180	Xã	Tri Phương
W	180	Xã	Trung Thành
W	180	Xã	Tân Minh
W	180	Xã	Tân Tiến
W	180	Xã	Tân Yên
W	180	Xã	Đoàn Kết
W	180	Xã	Đào Viên
W	180	Xã	Đề Thám
W	180	Xã	Đội Cấn
W	181	Thị trấn	Bình Gia
W	181	Xã	Bình La
W	181	Xã	Hoa Thám
W	181	Xã	Hoàng Văn Thụ
W	181	Xã	Hòa Bình
W	181	Xã	Hưng Đạo
W	181	Xã	Hồng Phong
W	181	Xã	Hồng Thái
W	181	Xã	Minh Khai
W	181	Xã	Mông Ân
W	181	Xã	Quang Trung
W	181	Xã	Quý Hòa
W	181	Xã	Thiện Hòa
W	181	Xã	Thiện Long
W	181	Xã	Thiện Thuật
W	181	Xã	Tân Hòa
W	181	Xã	Tân Văn
W	181	Xã	Vĩnh Yên
W	181	Xã	Yên Lỗ
W	182	Thị trấn	Na Sầm
W	182	Xã	Bắc Hùng
W	182	Xã	Bắc La
W	182	Xã	Bắc Việt
W	182	Xã	Gia Miễn
W	182	Xã	Hoàng Việt
W	182	Xã	Hoàng Văn Thụ
W	182	Xã	Hồng Thái
W	182	Xã	Hội Hoan
W	182	Xã	Nhạc Kỳ
W	182	Xã	Thanh Long
W	182	Xã	Thành Hòa
W	182	Xã	Thụy Hùng
W	182	Xã	Trùng Khánh
W	182	Xã	Tân Mỹ
W	182	Xã	Tân Thanh
W	182	Xã	Tân Tác
W	183	Thị trấn	Cao Lộc
W	183	Thị trấn	Đồng Đăng
W	183	Xã	Bình Trung
W	183	Xã	Bảo Lâm
W	183	Xã	Cao Lâu
W	183	Xã	Công Sơn
W	183	Xã	Gia Cát
W	183	Xã	Hòa Cư
W	183	Xã	Hải Yến
W	183	Xã	Hồng Phong
W	183	Xã	Hợp Thành
W	183	Xã	Lộc Yên
W	183	Xã	Mẫu Sơn
W	183	Xã	Phú Xá
W	183	Xã	Thanh Lòa
W	183	Xã	Thạch Đạn
W	183	Xã	Thụy Hùng
W	183	Xã	Tân Liên
W	183	Xã	Tân Thành
W	183	Xã	Xuân Long
W	183	Xã	Xuất Lễ
W	183	Xã	Yên Trạch
W	184	Thị trấn	Văn Quan
W	184	Xã	An Sơn
W	184	Xã	Bình Phúc
W	184	Xã	Hòa Bình
W	184	Xã	Hữu Lễ
W	184	Xã	Khánh Khê
W	184	Xã	Liên Hội
W	184	Xã	Lương Năng
W	184	Xã	Tri Lễ
W	184	Xã	Tràng Phái
W	184	Xã	Trấn Ninh
W	184	Xã	Tân Đoàn
W	184	Xã	Tú Xuyên
W	184	Xã	Yên Phúc
W	184	Xã	Điềm He
W	185	Thị trấn	Bắc Sơn
W	185	Xã	Bắc Quỳnh
W	185	Xã	Chiêu Vũ
W	185	Xã	Chiến Thắng
W	185	Xã	Hưng Vũ
W	185	Xã	Long Đống
W	185	Xã	Nhất Hòa
W	185	Xã	Nhất Tiến
W	185	Xã	Trấn Yên
W	185	Xã	Tân Hương
W	185	Xã	Tân Lập
W	185	Xã	Tân Thành
W	185	Xã	Tân Tri
W	185	Xã	Vũ Lăng
W	185	Xã	Vũ Lễ
W	185	Xã	Vũ Sơn
W	185	Xã	Vạn Thủy
W	185	Xã	Đồng ý
W	186	Thị trấn	Hữu Lũng
W	186	Xã	Cai Kinh
W	186	Xã	Hòa Bình
W	186	Xã	Hòa Lạc
W	186	Xã	Hòa Sơn
W	186	Xã	Hòa Thắng
W	186	Xã	Hồ Sơn
W	186	Xã	Hữu Liên
W	186	Xã	Minh Hòa
W	186	Xã	Minh Sơn
W	186	Xã	Minh Tiến
W	186	Xã	Nhật Tiến
W	186	Xã	Quyết Thắng
W	186	Xã	Thanh Sơn
W	186	Xã	Thiện Tân
W	186	Xã	Tân Thành
W	186	Xã	Vân Nham
W	186	Xã	Yên Bình
W	186	Xã	Yên Sơn
W	186	Xã	Yên Thịnh
W	186	Xã	Yên Vượng
W	186	Xã	Đồng Tiến
W	186	Xã	Đồng Tân
W	187	Thị trấn	Chi Lăng (Thị trấn)
W	187	Thị trấn	Đồng Mỏ
W	187	Xã	Bắc Thủy
W	187	Xã	Bằng Hữu
W	187	Xã	Bằng Mạc
W	187	Xã	Chi Lăng (Xã)
W	187	Xã	Chiến Thắng
W	187	Xã	Gia Lộc
W	187	Xã	Hòa Bình
W	187	Xã	Hữu Kiên
W	187	Xã	Liên Sơn
W	187	Xã	Lâm Sơn
W	187	Xã	Mai Sao
W	187	Xã	Nhân Lý
W	187	Xã	Quan Sơn
W	187	Xã	Thượng Cường
W	187	Xã	Vân An
W	187	Xã	Vân Thủy
W	187	Xã	Vạn Linh
W	187	Xã	Y Tịch
W	188	Thị trấn	Lộc Bình
W	188	Thị trấn	Na Dương
W	188	Xã	Hữu Khánh
W	188	Xã	Hữu Lân
W	188	Xã	Khuất Xá
W	188	Xã	Khánh Xuân
W	188	Xã	Lợi Bác
W	188	Xã	Minh Hiệp
W	188	Xã	Mẫu Sơn
W	188	Xã	Nam Quan
W	188	Xã	Sàn Viên
W	188	Xã	Tam Gia
W	188	Xã	Thống Nhất
W	188	Xã	Tú Mịch
W	188	Xã	Tú Đoạn
W	188	Xã	Xuân Dương
W	188	Xã	Yên Khoái
W	188	Xã	Ái Quốc
W	188	Xã	Đông Quan
W	188	Xã	Đồng Bục
W	189	Thị trấn	Nông trường Thái Bình
W	189	Thị trấn	Đình Lập (Thị trấn)
W	189	Xã	Bính Xá
W	189	Xã	Bắc Lãng
W	189	Xã	Bắc Xa
W	189	Xã	Châu Sơn
W	189	Xã	Cường Lợi
W	189	Xã	Kiên Mộc
W	189	Xã	Lâm Ca
W	189	Xã	Thái Bình
W	189	Xã	Đình Lập (Xã)
W	189	Xã	Đồng Thắng
W	193	Phường	Bãi Cháy
W	193	Phường	Bạch Đằng
W	193	Phường	Cao Thắng
W	193	Phường	Cao Xanh
W	193	Phường	Giếng Đáy
W	193	Phường	Hoành Bồ
W	193	Phường	Hà Khánh
W	193	Phường	Hà Khẩu
W	193	Phường	Hà Lầm
W	193	Phường	Hà Phong
W	193	Phường	Hà Trung
W	193	Phường	Hà Tu
W	193	Phường	Hùng Thắng
W	193	Phường	Hồng Gai
W	193	Phường	Hồng Hà
W	193	Phường	Hồng Hải
W	193	Phường	Trần Hưng Đạo
W	193	Phường	Tuần Châu
W	193	Phường	Việt Hưng
W	193	Phường	Đại Yên
W	193	Xã	Bằng Cả
W	193	Xã	Dân Chủ
W	193	Xã	Hòa Bình
W	193	Xã	Kỳ Thượng
W	193	Xã	Lê Lợi
W	193	Xã	Quảng La
W	193	Xã	Sơn Dương
W	193	Xã	Thống Nhất
W	193	Xã	Tân Dân
W	193	Xã	Vũ Oai
W	193	Xã	Đồng Lâm
W	193	Xã	Đồng Sơn
W	194	Phường	Bình Ngọc
W	194	Phường	Hải Hòa
W	194	Phường	Hải Yên
W	194	Phường	Ka Long
W	194	Phường	Ninh Dương
W	194	Phường	Trà Cổ
W	194	Phường	Trần Phú
W	194	Xã	Bắc Sơn
W	194	Xã	Hải Sơn
W	194	Xã	Hải Tiến
W	194	Xã	Hải Xuân
W	194	Xã	Hải Đông
W	194	Xã	Quảng Nghĩa
W	194	Xã	Vĩnh Thực
W	194	Xã	Vĩnh Trung
W	194	Xã	Vạn Ninh
W	195	Phường	Cẩm Bình
W	195	Phường	Cẩm Phú
W	195	Phường	Cẩm Sơn
W	195	Phường	Cẩm Thành
W	195	Phường	Cẩm Thạch
W	195	Phường	Cẩm Thịnh
W	195	Phường	Cẩm Thủy
W	195	Phường	Cẩm Trung
W	195	Phường	Cẩm Tây
W	195	Phường	Cẩm Đông
W	195	Phường	Cửa Ông
W	195	Phường	Mông Dương
W	195	Phường	Quang Hanh
W	195	Xã	Dương Huy
W	195	Xã	Hải Hòa
W	196	Phường	Bắc Sơn
W	196	Phường	Nam Khê
W	196	Phường	Phương Nam
W	196	Phường	Phương Đông
W	196	Phường	Quang Trung
W	196	Phường	Thanh Sơn
W	196	Phường	Trưng Vương
W	196	Phường	Vàng Danh
W	196	Phường	Yên Thanh
W	196	Xã	Thượng Yên Công
W	198	Thị trấn	Bình Liêu
W	198	Xã	Hoành Mô
W	198	Xã	Húc Động
W	198	Xã	Lục Hồn
W	198	Xã	Vô Ngại
W	198	Xã	Đồng Tâm
W	198	Xã	Đồng Văn
W	199	Thị trấn	Tiên Yên
W	199	Xã	Hà Lâu
W	199	Xã	Hải Lạng
W	199	Xã	Phong Dụ
W	199	Xã	Tiên Lãng
W	199	Xã	Yên Than
W	199	Xã	Điền Xá
W	199	Xã	Đông Hải
W	199	Xã	Đông Ngũ
W	199	Xã	Đại Dực
W	199	Xã	Đồng Rui
W	200	Thị trấn	Đầm Hà (Thị trấn)
W	200	Xã	Dực Yên
W	200	Xã	Quảng An
W	200	Xã	Quảng Lâm
W	200	Xã	Quảng Tân
W	200	Xã	Tân Bình
W	200	Xã	Tân Lập
W	200	Xã	Đại Bình
W	200	Xã	Đầm Hà (Xã)
W	201	Thị trấn	Quảng Hà
W	201	Xã	Cái Chiên
W	201	Xã	Quảng Chính
W	201	Xã	Quảng Long
W	201	Xã	Quảng Minh
W	201	Xã	Quảng Phong
W	201	Xã	Quảng Sơn
W	201	Xã	Quảng Thành
W	201	Xã	Quảng Thịnh
W	201	Xã	Quảng Đức
W	201	Xã	Đường Hoa
W	202	Thị trấn	Ba Chẽ
W	202	Xã	Lương Minh
W	202	Xã	Nam Sơn
W	202	Xã	Thanh Lâm
W	202	Xã	Thanh Sơn
W	202	Xã	Đạp Thanh
W	202	Xã	Đồn Đạc
W	203	Thị trấn	Cái Rồng
W	203	Xã	Bình Dân
W	203	Xã	Bản Sen
W	203	Xã	Hạ Long
W	203	Xã	Minh Châu
W	203	Xã	Ngọc Vừng
W	203	Xã	Quan Lạn
W	203	Xã	Thắng Lợi
W	203	Xã	Vạn Yên
W	203	Xã	Đoàn Kết
W	203	Xã	Đài Xuyên
W	203	Xã	Đông Xá
W	205	Phường	Bình Dương
W	205	Phường	Bình Khê
W	205	Phường	Hoàng Quế
W	205	Phường	Hưng Đạo
W	205	Phường	Hồng Phong
W	205	Phường	Kim Sơn
W	205	Phường	Mạo Khê
W	205	Phường	Thủy An
W	205	Phường	Tràng An
W	205	Phường	Xuân Sơn
W	205	Phường	Yên Thọ
W	205	Phường	Yên Đức
W	205	Phường	Đức Chính
W	205	Xã	An Sinh
W	205	Xã	Hồng Thái Tây
W	205	Xã	Hồng Thái Đông
W	205	Xã	Nguyễn Huệ
W	205	Xã	Tràng Lương
W	205	Xã	Việt Dân
W	206	Phường	Cộng Hòa
W	206	Phường	Hà An
W	206	Phường	Minh Thành
W	206	Phường	Nam Hòa
W	206	Phường	Phong Cốc
W	206	Phường	Phong Hải
W	206	Phường	Quảng Yên
W	206	Phường	Tân An
W	206	Phường	Yên Giang
W	206	Phường	Yên Hải
W	206	Phường	Đông Mai
W	206	Xã	Cẩm La
W	206	Xã	Hiệp Hòa
W	206	Xã	Hoàng Tân
W	206	Xã	Liên Hòa
W	206	Xã	Liên Vị
W	206	Xã	Sông Khoai
W	206	Xã	Tiền An
W	206	Xã	Tiền Phong
W	207	Thị trấn	Cô Tô
W	207	Xã	Thanh Lân
W	207	Xã	Đồng Tiến
W	213	Phường	Cảnh Thụy
W	213	Phường	Dĩnh Kế
W	213	Phường	Dĩnh Trì
W	213	Phường	Hoàng Văn Thụ
W	213	Phường	Hương Gián
W	213	Phường	Mỹ Độ
W	213	Phường	Ngô Quyền
W	213	Phường	Nham Biền
W	213	Phường	Nội Hoàng
W	213	Phường	Song Khê
W	213	Phường	Song Mai
W	213	Phường	Thọ Xương
W	213	Phường	Tiền Phong
W	213	Phường	Trần Phú
W	213	Phường	Tân An
W	213	Phường	Tân Liễu
W	213	Phường	Tân Mỹ
W	213	Phường	Tân Tiến
W	213	Phường	Xương Giang
W	213	Phường	Đa Mai
W	213	Phường	Đồng Sơn
W	213	Xã	Lãng Sơn
W	213	Xã	Quỳnh Sơn
W	213	Xã	Tiến Dũng
W	213	Xã	Trí Yên
W	213	Xã	Tư Mại
W	213	Xã	Xuân Phú
W	213	Xã	Yên Lư
W	213	Xã	Đồng Phúc
W	213	Xã	Đồng Việt
W	213	Xã	Đức Giang
W	215	Thị trấn	Bố Hạ
W	215	Thị trấn	Phồn Xương
W	215	Xã	An Thượng
W	215	Xã	Canh Nậu
W	215	Xã	Hương Vĩ
W	215	Xã	Tam Tiến
W	215	Xã	Tiến Thắng
W	215	Xã	Tân Hiệp
W	215	Xã	Tân Sỏi
W	215	Xã	Xuân Lương
W	215	Xã	Đông Sơn
W	215	Xã	Đồng Hưu
W	215	Xã	Đồng Kỳ
W	215	Xã	Đồng Lạc
W	215	Xã	Đồng Tiến
W	215	Xã	Đồng Tâm
W	215	Xã	Đồng Vương
W	216	Thị trấn	Cao Thượng
W	216	Thị trấn	Nhã Nam
W	216	Xã	An Dương
W	216	Xã	Cao Xá
W	216	Xã	Hợp Đức
W	216	Xã	Lam Sơn
W	216	Xã	Liên Chung
W	216	Xã	Liên Sơn
W	216	Xã	Ngọc Châu
W	216	Xã	Ngọc Lý
W	216	Xã	Ngọc Thiện
W	216	Xã	Ngọc Vân
W	216	Xã	Phúc Hòa
W	216	Xã	Quang Trung
W	216	Xã	Quế Nham
W	216	Xã	Song Vân
W	216	Xã	Tân Trung
W	216	Xã	Việt Lập
W	216	Xã	Việt Ngọc
W	217	Thị trấn	Kép
W	217	Thị trấn	Vôi
W	217	Xã	An Hà
W	217	Xã	Dương Đức
W	217	Xã	Hương Lạc
W	217	Xã	Hương Sơn
W	217	Xã	Mỹ Thái
W	217	Xã	Nghĩa Hòa
W	217	Xã	Nghĩa Hưng
W	217	Xã	Quang Thịnh
W	217	Xã	Thái Đào
W	217	Xã	Tiên Lục
W	217	Xã	Tân Dĩnh
W	217	Xã	Tân Hưng
W	217	Xã	Tân Thanh
W	217	Xã	Xuân Hương
W	217	Xã	Xương Lâm
W	217	Xã	Đào Mỹ
W	217	Xã	Đại Lâm
W	218	Thị trấn	Phương Sơn
W	218	Thị trấn	Đồi Ngô
W	218	Xã	Bình Sơn
W	218	Xã	Bảo Sơn
W	218	Xã	Bảo Đài
W	218	Xã	Bắc Lũng
W	218	Xã	Chu Điện
W	218	Xã	Cương Sơn
W	218	Xã	Cẩm Lý
W	218	Xã	Huyền Sơn
W	218	Xã	Khám Lạng
W	218	Xã	Lan Mẫu
W	218	Xã	Lục Sơn
W	218	Xã	Nghĩa Phương
W	218	Xã	Tam Dị
W	218	Xã	Thanh Lâm
W	218	Xã	Tiên Nha
W	218	Xã	Trường Giang
W	218	Xã	Trường Sơn
W	218	Xã	Vô Tranh
W	218	Xã	Yên Sơn
W	218	Xã	Đan Hội
W	218	Xã	Đông Hưng
W	218	Xã	Đông Phú
W	219	Thị trấn	Biển Động
W	219	Thị trấn	Phì Điền
W	219	Xã	Biên Sơn
W	219	Xã	Cấm Sơn
W	219	Xã	Giáp Sơn
W	219	Xã	Hộ Đáp
W	219	Xã	Kim Sơn
W	219	Xã	Phong Minh
W	219	Xã	Phong Vân
W	219	Xã	Phú Nhuận
W	219	Xã	Sa Lý
W	219	Xã	Sơn Hải
W	219	Xã	Tân Hoa
W	219	Xã	Tân Lập
W	219	Xã	Tân Mộc
W	219	Xã	Tân Quang
W	219	Xã	Tân Sơn
W	219	Xã	Đèo Gia
W	219	Xã	Đồng Cốc
W	220	Thị trấn	An Châu
W	220	Thị trấn	Tây Yên Tử
W	220	Xã	An Bá
W	220	Xã	An Lạc
W	220	Xã	Cẩm Đàn
W	220	Xã	Dương Hưu
W	220	Xã	Giáo Liêm
W	220	Xã	Hữu Sản
W	220	Xã	Long Sơn
W	220	Xã	Lệ Viễn
W	220	Xã	Phúc Sơn
W	220	Xã	Thanh Luận
W	220	Xã	Tuấn Đạo
W	220	Xã	Vân Sơn
W	220	Xã	Vĩnh An
W	220	Xã	Yên Định
W	220	Xã	Đại Sơn
W	222	Phường	Bích Động
W	222	Phường	Hồng Thái
W	222	Phường	Ninh Sơn
W	222	Phường	Nếnh
W	222	Phường	Quang Châu
W	222	Phường	Quảng Minh
W	222	Phường	Tăng Tiến
W	222	Phường	Tự Lạn
W	222	Phường	Vân Trung
W	222	Xã	Hương Mai
W	222	Xã	Minh Đức
W	222	Xã	Nghĩa Trung
W	222	Xã	Thượng Lan
W	222	Xã	Tiên Sơn
W	222	Xã	Trung Sơn
W	222	Xã	Việt Tiến
W	222	Xã	Vân Hà
W	223	Thị trấn	Bắc Lý
W	223	Thị trấn	Thắng
W	223	Xã	Châu Minh
W	223	Xã	Danh Thắng
W	223	Xã	Hoàng Vân
W	223	Xã	Hùng Thái
W	223	Xã	Hương Lâm
W	223	Xã	Hợp Thịnh
W	223	Xã	Lương Phong
W	223	Xã	Mai Trung
W	223	Xã	Mai Đình
W	223	Xã	Ngọc Sơn
W	223	Xã	Sơn Thịnh
W	223	Xã	Thường Thắng
W	223	Xã	Toàn Thắng
W	223	Xã	Xuân Cẩm
W	223	Xã	Đoan Bái
W	223	Xã	Đông Lỗ
W	223	Xã	Đồng Tiến
W	224	Phường	Chũ
W	224	Phường	Hồng Giang
W	224	Phường	Phượng Sơn
W	224	Phường	Thanh Hải
W	224	Phường	Trù Hựu
W	224	Xã	Kiên Lao
W	224	Xã	Kiên Thành
W	224	Xã	Mỹ An
W	224	Xã	Nam Dương
W	224	Xã	Quý Sơn
W	227	Phường	Bạch Hạc
W	227	Phường	Dữu Lâu
W	227	Phường	Gia Cẩm
W	227	Phường	Minh Nông
W	227	Phường	Minh Phương
W	227	Phường	Nông Trang
W	227	Phường	Thanh Miếu
W	227	Phường	Thọ Sơn
W	227	Phường	Tiên Cát
W	227	Phường	Tân Dân
W	227	Phường	Vân Phú
W	227	Xã	Chu Hóa
W	227	Xã	Hy Cương
W	227	Xã	Hùng Lô
W	227	Xã	Kim Đức
W	227	Xã	Phượng Lâu
W	227	Xã	Sông Lô
W	227	Xã	Thanh Đình
W	227	Xã	Thụy Vân
W	227	Xã	Trưng Vương
W	228	Phường	Hùng Vương
W	228	Phường	Phong Châu
W	228	Phường	Thanh Vinh
W	228	Phường	Âu Cơ
W	228	Xã	Hà Lộc
W	228	Xã	Hà Thạch
W	228	Xã	Phú Hộ
W	228	Xã	Thanh Minh
W	228	Xã	Văn Lung
W	230	Thị trấn	Đoan Hùng
W	230	Xã	Bằng Doãn
W	230	Xã	Bằng Luân
W	230	Xã	Ca Đình
W	230	Xã	Chân Mộng
W	230	Xã	Chí Đám
W	230	Xã	Hùng Long
W	230	Xã	Hùng Xuyên
W	230	Xã	Hợp Nhất
W	230	Xã	Ngọc Quan
W	230	Xã	Phú Lâm
W	230	Xã	Phúc Lai
W	230	Xã	Tây Cốc
W	230	Xã	Yên Kiện
W	231	Thị trấn	Hạ Hòa
W	231	Xã	Bằng Giã
W	231	Xã	Gia Điền
W	231	Xã	Hiền Lương
W	231	Xã	Hà Lương
W	231	Xã	Hương Xạ
W	231	Xã	Lang Sơn
W	231	Xã	Minh Côi
W	231	Xã	Minh Hạc
W	231	Xã	Phương Viên
W	231	Xã	Tứ Hiệp
W	231	Xã	Vô Tranh
W	231	Xã	Văn Lang
W	231	Xã	Vĩnh Chân
W	231	Xã	Xuân Áng
W	231	Xã	Yên Kỳ
W	231	Xã	Yên Luật
W	231	Xã	Đan Thượng
W	231	Xã	Đại Phạm
W	231	Xã	Ấm Hạ
W	232	Thị trấn	Thanh Ba
W	232	Xã	Chí Tiên
W	232	Xã	Hanh Cù
W	232	Xã	Hoàng Cương
W	232	Xã	Khải Xuân
W	232	Xã	Lương Lỗ
W	232	Xã	Mạn Lạn
W	232	Xã	Ninh Dân
W	232	Xã	Quảng Yên
W	232	Xã	Sơn Cương
W	232	Xã	Thanh Hà
W	232	Xã	Vân Lĩnh
W	232	Xã	Võ Lao
W	232	Xã	Đông Lĩnh
W	232	Xã	Đông Thành
W	232	Xã	Đại An
W	232	Xã	Đồng Xuân
W	232	Xã	Đỗ Sơn
W	232	Xã	Đỗ Xuyên
W	233	Thị trấn	Phong Châu
W	233	Xã	An Đạo
W	233	Xã	Bình Phú
W	233	Xã	Bảo Thanh
W	233	Xã	Gia Thanh
W	233	Xã	Hạ Giáp
W	233	Xã	Liên Hoa
W	233	Xã	Lệ Mỹ
W	233	Xã	Phù Ninh
W	233	Xã	Phú Lộc
W	233	Xã	Phú Mỹ
W	233	Xã	Phú Nham
W	233	Xã	Tiên Du
W	233	Xã	Tiên Phú
W	233	Xã	Trung Giáp
W	233	Xã	Trạm Thản
W	233	Xã	Trị Quận
W	234	Thị trấn	Yên Lập
W	234	Xã	Hưng Long
W	234	Xã	Lương Sơn
W	234	Xã	Minh Hòa
W	234	Xã	Mỹ Lung
W	234	Xã	Mỹ Lương
W	234	Xã	Nga Hoàng
W	234	Xã	Ngọc Lập
W	234	Xã	Ngọc Đồng
W	234	Xã	Phúc Khánh
W	234	Xã	Thượng Long
W	234	Xã	Trung Sơn
W	234	Xã	Xuân An
W	234	Xã	Xuân Thủy
W	234	Xã	Xuân Viên
W	234	Xã	Đồng Lạc
W	234	Xã	Đồng Thịnh
W	235	Thị trấn	Cẩm Khê
W	235	Xã	Hùng Việt
W	235	Xã	Hương Lung
W	235	Xã	Minh Thắng
W	235	Xã	Minh Tân
W	235	Xã	Nhật Tiến
W	235	Xã	Phong Thịnh
W	235	Xã	Phú Khê
W	235	Xã	Phượng Vĩ
W	235	Xã	Tam Sơn
W	235	Xã	Tiên Lương
W	235	Xã	Tùng Khê
W	235	Xã	Văn Bán
W	235	Xã	Yên Dưỡng
W	235	Xã	Điêu Lương
W	235	Xã	Đồng Lương
W	236	Thị trấn	Hưng Hóa
W	236	Xã	Bắc Sơn
W	236	Xã	Dân Quyền
W	236	Xã	Dị Nậu
W	236	Xã	Hiền Quan
W	236	Xã	Hương Nộn
W	236	Xã	Lam Sơn
W	236	Xã	Quang Húc
W	236	Xã	Thanh Uyên
W	236	Xã	Thọ Văn
W	236	Xã	Tề Lễ
W	236	Xã	Vạn Xuân
W	237	Thị trấn	Hùng Sơn
W	237	Thị trấn	Lâm Thao
W	237	Xã	Bản Nguyên
W	237	Xã	Cao Xá
W	237	Xã	Phùng Nguyên
W	237	Xã	Sơn Vi
W	237	Xã	Thạch Sơn
W	237	Xã	Tiên Kiên
W	237	Xã	Tứ Xã
W	237	Xã	Vĩnh Lại
W	237	Xã	Xuân Huy
W	237	Xã	Xuân Lũng
W	238	Thị trấn	Thanh Sơn
W	238	Xã	Cự Thắng
W	238	Xã	Cự Đồng
W	238	Xã	Giáp Lai
W	238	Xã	Hương Cần
W	238	Xã	Khả Cửu
W	238	Xã	Lương Nha
W	238	Xã	Sơn Hùng
W	238	Xã	Thượng Cửu
W	238	Xã	Thạch Khoán
W	238	Xã	Thắng Sơn
W	238	Xã	Thục Luyện
W	238	Xã	Tinh Nhuệ
W	238	Xã	Tân Lập
W	238	Xã	Tân Minh
W	238	Xã	Tất Thắng
W	238	Xã	Võ Miếu
W	238	Xã	Văn Miếu
W	238	Xã	Yên Lãng
W	238	Xã	Yên Lương
W	238	Xã	Yên Sơn
W	238	Xã	Đông Cửu
W	238	Xã	Địch Quả
W	239	Thị trấn	Thanh Thủy
W	239	Xã	Bảo Yên
W	239	Xã	Hoàng Xá
W	239	Xã	Sơn Thủy
W	239	Xã	Thạch Đồng
W	239	Xã	Tu Vũ
W	239	Xã	Tân Phương
W	239	Xã	Xuân Lộc
W	239	Xã	Đoan Hạ
W	239	Xã	Đào Xá
W	239	Xã	Đồng Trung
W	240	Thị trấn	Tân Phú
W	240	Xã	Kim Thượng
W	240	Xã	Kiệt Sơn
W	240	Xã	Lai Đồng
W	240	Xã	Long Cốc
W	240	Xã	Minh Đài
W	240	Xã	Mỹ Thuận
W	240	Xã	Tam Thanh
W	240	Xã	Thu Cúc
W	240	Xã	Thu Ngạc
W	240	Xã	Thạch Kiệt
W	240	Xã	Tân Sơn
W	240	Xã	Vinh Tiền
W	240	Xã	Văn Luông
W	240	Xã	Xuân Sơn
W	240	Xã	Xuân Đài
W	240	Xã	Đồng Sơn
W	243	Phường	Hội Hợp
W	243	Phường	Khai Quang
W	243	Phường	Liên Bảo
W	243	Phường	Ngô Quyền
W	243	Phường	Tích Sơn
W	243	Phường	Định Trung
W	243	Phường	Đống Đa
W	243	Phường	Đồng Tâm
W	243	Xã	Thanh Trù
W	244	Phường	Hai Bà Trưng
W	244	Phường	Hùng Vương
W	244	Phường	Nam Viêm
W	244	Phường	Phúc Thắng
W	244	Phường	Tiền Châu
W	244	Phường	Xuân Hòa
W	244	Phường	Đồng Xuân
W	244	Xã	Cao Minh
W	244	Xã	Ngọc Thanh
W	246	Thị trấn	Hoa Sơn
W	246	Thị trấn	Lập Thạch
W	246	Xã	Bàn Giản
W	246	Xã	Bắc Bình
W	246	Xã	Hợp Lý
W	246	Xã	Liên Hòa
W	246	Xã	Liễn Sơn
W	246	Xã	Ngọc Mỹ
W	246	Xã	Quang Sơn
W	246	Xã	Sơn Đông
W	246	Xã	Thái Hòa
W	246	Xã	Tiên Lữ
W	246	Xã	Tây Sơn
W	246	Xã	Tử Du
W	246	Xã	Vân Trục
W	246	Xã	Văn Quán
W	246	Xã	Xuân Hòa
W	246	Xã	Xuân Lôi
W	246	Xã	Đồng Ích
W	247	Thị trấn	Hợp Hòa
W	247	Thị trấn	Kim Long
W	247	Xã	An Hòa
W	247	Xã	Duy Phiên
W	247	Xã	Hoàng Hoa
W	247	Xã	Hoàng Lâu
W	247	Xã	Hoàng Đan
W	247	Xã	Hướng Đạo
W	247	Xã	Hội Thịnh
W	247	Xã	Thanh Vân
W	247	Xã	Đạo Tú
W	247	Xã	Đồng Tĩnh
W	248	Thị trấn	Hợp Châu
W	248	Thị trấn	Tam Đảo
W	248	Thị trấn	Đại Đình
W	248	Xã	Bồ Lý
W	248	Xã	Hồ Sơn
W	248	Xã	Minh Quang
W	248	Xã	Tam Quan
W	248	Xã	Yên Dương
W	248	Xã	Đạo Trù
W	249	Thị trấn	Bá Hiến
W	249	Thị trấn	Gia Khánh
W	249	Thị trấn	Hương Canh
W	249	Thị trấn	Thanh Lãng
W	249	Thị trấn	Đạo Đức
W	249	Xã	Hương Sơn
W	249	Xã	Phú Xuân
W	249	Xã	Quất Lưu
W	249	Xã	Sơn Lôi
W	249	Xã	Tam Hợp
W	249	Xã	Thiện Kế
W	249	Xã	Trung Mỹ
W	249	Xã	Tân Phong
W	250	Thị trấn	Chi Đông
W	250	Thị trấn	Quang Minh
W	250	Xã	Chu Phan
W	250	Xã	Hoàng Kim
W	250	Xã	Kim Hoa
W	250	Xã	Liên Mạc
W	250	Xã	Mê Linh
W	250	Xã	Tam Đồng
W	250	Xã	Thanh Lâm
W	250	Xã	Thạch Đà
W	250	Xã	Tiến Thắng
W	250	Xã	Tiến Thịnh
W	250	Xã	Tiền Phong
W	250	Xã	Tráng Việt
W	250	Xã	Tự Lập
W	250	Xã	Văn Khê
W	250	Xã	Đại Thịnh
W	251	Thị trấn	Tam Hồng
W	251	Thị trấn	Yên Lạc
W	251	Xã	Bình Định
W	251	Xã	Hồng Châu
W	251	Xã	Liên Châu
W	251	Xã	Nguyệt Đức
W	251	Xã	Trung Hà
W	251	Xã	Trung Kiên
W	251	Xã	Trung Nguyên
W	251	Xã	Tề Lỗ
W	251	Xã	Văn Tiến
W	251	Xã	Yên Phương
W	251	Xã	Yên Đồng
W	251	Xã	Đại Tự
W	251	Xã	Đồng Cương
W	251	Xã	Đồng Văn
W	252	Thị trấn	Thổ Tang
W	252	Thị trấn	Tứ Trưng
W	252	Thị trấn	Vĩnh Tường
W	252	Xã	An Nhân
W	252	Xã	Chấn Hưng
W	252	Xã	Kim Xá
W	252	Xã	Lũng Hòa
W	252	Xã	Lương Điền
W	252	Xã	Nghĩa Hưng
W	252	Xã	Ngũ Kiên
W	252	Xã	Sao Đại Việt
W	252	Xã	Thượng Trưng
W	252	Xã	Tuân Chính
W	252	Xã	Tân Phú
W	252	Xã	Vĩnh Phú
W	252	Xã	Vĩnh Thịnh
W	252	Xã	Vũ Di
W	252	Xã	Yên Bình
W	252	Xã	Yên Lập
W	252	Xã	Đại Đồng
W	253	Thị trấn	Tam Sơn
W	253	Xã	Cao Phong
W	253	Xã	Hải Lựu
W	253	Xã	Lãng Công
W	253	Xã	Nhân Đạo
W	253	Xã	Phương Khoan
W	253	Xã	Quang Yên
W	253	Xã	Tân Lập
W	253	Xã	Tứ Yên
W	253	Xã	Yên Thạch
W	253	Xã	Đôn Nhân
W	253	Xã	Đồng Quế
W	253	Xã	Đồng Thịnh
W	253	Xã	Đức Bác
W	256	Phường	Hòa Long
W	256	Phường	Hạp Lĩnh
W	256	Phường	Khúc Xuyên
W	256	Phường	Khắc Niệm
W	256	Phường	Kim Chân
W	256	Phường	Kinh Bắc
W	256	Phường	Nam Sơn
W	256	Phường	Phong Khê
W	256	Phường	Suối Hoa
W	256	Phường	Thị Cầu
W	256	Phường	Tiền Ninh Vệ
W	256	Phường	Vân Dương
W	256	Phường	Võ Cường
W	256	Phường	Vũ Ninh
W	256	Phường	Vạn An
W	256	Phường	Đáp Cầu
W	256	Phường	Đại Phúc
W	258	Thị trấn	Chờ
W	258	Xã	Dũng Liệt
W	258	Xã	Hòa Tiến
W	258	Xã	Long Châu
W	258	Xã	Tam Giang
W	258	Xã	Tam Đa
W	258	Xã	Thụy Hòa
W	258	Xã	Trung Nghĩa
W	258	Xã	Văn Môn
W	258	Xã	Yên Phụ
W	258	Xã	Yên Trung
W	258	Xã	Đông Phong
W	258	Xã	Đông Thọ
W	258	Xã	Đông Tiến
W	259	Phường	Bằng An
W	259	Phường	Bồng Lai
W	259	Phường	Cách Bi
W	259	Phường	Nhân Hòa
W	259	Phường	Phù Lương
W	259	Phường	Phương Liễu
W	259	Phường	Phượng Mao
W	259	Phường	Phố Mới
W	259	Phường	Quế Tân
W	259	Phường	Việt Hùng
W	259	Phường	Đại Xuân
W	259	Xã	Chi Lăng
W	259	Xã	Châu Phong
W	259	Xã	Mộ Đạo
W	259	Xã	Ngọc Xá
W	259	Xã	Phù Lãng
W	259	Xã	Việt Thống
W	259	Xã	Yên Giả
W	259	Xã	Đào Viên
W	259	Xã	Đức Long
W	260	Thị trấn	Lim
W	260	Xã	Cảnh Hưng
W	260	Xã	Hiên Vân
W	260	Xã	Hoàn Sơn
W	260	Xã	Liên Bão
W	260	Xã	Lạc Vệ
W	260	Xã	Minh Đạo
W	260	Xã	Nội Duệ
W	260	Xã	Phú Lâm
W	260	Xã	Phật Tích
W	260	Xã	Tri Phương
W	260	Xã	Tân Chi
W	260	Xã	Việt Đoàn
W	260	Xã	Đại Đồng
W	261	Phường	Châu Khê
W	261	Phường	Hương Mạc
W	261	Phường	Phù Chẩn
W	261	Phường	Phù Khê
W	261	Phường	Tam Sơn
W	261	Phường	Trang Hạ
W	261	Phường	Tân Hồng
W	261	Phường	Tương Giang
W	261	Phường	Đình Bảng
W	261	Phường	Đông Ngàn
W	261	Phường	Đồng Kỵ
W	261	Phường	Đồng Nguyên
W	262	Phường	An Bình
W	262	Phường	Gia Đông
W	262	Phường	Hà Mãn
W	262	Phường	Hồ
W	262	Phường	Ninh Xá
W	262	Phường	Song Hồ
W	262	Phường	Thanh Khương
W	262	Phường	Trí Quả
W	262	Phường	Trạm Lộ
W	262	Phường	Xuân Lâm
W	262	Xã	Hoài Thượng
W	262	Xã	Mão Điền
W	262	Xã	Nghĩa Đạo
W	262	Xã	Nguyệt Đức
W	262	Xã	Ngũ Thái
W	262	Xã	Song Liễu
W	262	Xã	Đình Tổ
W	262	Xã	Đại Đồng Thành
W	263	Thị trấn	Gia Bình
W	263	Thị trấn	Nhân Thắng
W	263	Xã	Bình Dương
W	263	Xã	Cao Đức
W	263	Xã	Giang Sơn
W	263	Xã	Lãng Ngâm
W	263	Xã	Quỳnh Phú
W	263	Xã	Song Giang
W	263	Xã	Thái Bảo
W	263	Xã	Vạn Ninh
W	263	Xã	Xuân Lai
W	263	Xã	Đông Cứu
W	263	Xã	Đại Bái
W	263	Xã	Đại Lai
W	264	Thị trấn	Thứa
W	264	Xã	An Thịnh
W	264	Xã	An Tập
W	264	Xã	Bình Định
W	264	Xã	Lâm Thao
W	264	Xã	Phú Hòa
W	264	Xã	Phú Lương
W	264	Xã	Quang Minh
W	264	Xã	Quảng Phú
W	264	Xã	Trung Chính
W	264	Xã	Trung Kênh
W	264	Xã	Tân Lãng
W	268	Phường	Biên Giang
W	268	Phường	Dương Nội
W	268	Phường	Hà Cầu
W	268	Phường	Kiến Hưng
W	268	Phường	La Khê
W	268	Phường	Mộ Lao
W	268	Phường	Phú La
W	268	Phường	Phú Lãm
W	268	Phường	Phú Lương
W	268	Phường	Phúc La
W	268	Phường	Quang Trung
W	268	Phường	Văn Quán
W	268	Phường	Vạn Phúc
W	268	Phường	Yên Nghĩa
W	268	Phường	Đồng Mai
W	269	Phường	Ngô Quyền
W	269	Phường	Phú Thịnh
W	269	Phường	Sơn Lộc
W	269	Phường	Trung Hưng
W	269	Phường	Trung Sơn Trầm
W	269	Phường	Viên Sơn
W	269	Phường	Xuân Khanh
W	269	Xã	Cổ Đông
W	269	Xã	Kim Sơn
W	269	Xã	Sơn Đông
W	269	Xã	Thanh Mỹ
W	269	Xã	Xuân Sơn
W	269	Xã	Đường Lâm
W	271	Thị trấn	Tây Đằng
W	271	Xã	Ba Trại
W	271	Xã	Ba Vì
W	271	Xã	Cam Thượng
W	271	Xã	Chu Minh
W	271	Xã	Cẩm Lĩnh
W	271	Xã	Cổ Đô
W	271	Xã	Khánh Thượng
W	271	Xã	Minh Châu
W	271	Xã	Minh Quang
W	271	Xã	Phong Vân
W	271	Xã	Phú Châu
W	271	Xã	Phú Cường
W	271	Xã	Phú Hồng
W	271	Xã	Phú Sơn
W	271	Xã	Phú Đông
W	271	Xã	Sơn Đà
W	271	Xã	Thuần Mỹ
W	271	Xã	Thái Hòa
W	271	Xã	Thụy An
W	271	Xã	Tiên Phong
W	271	Xã	Tòng Bạt
W	271	Xã	Tản Lĩnh
W	271	Xã	Vân Hòa
W	271	Xã	Vạn Thắng
W	271	Xã	Vật Lại
W	271	Xã	Yên Bài
W	271	Xã	Đông Quang
W	271	Xã	Đồng Thái
W	272	Thị trấn	Phúc Thọ
W	272	Xã	Hiệp Thuận
W	272	Xã	Hát Môn
W	272	Xã	Liên Hiệp
W	272	Xã	Long Thượng
W	272	Xã	Nam Hà
W	272	Xã	Ngọc Tảo
W	272	Xã	Phúc Hòa
W	272	Xã	Phụng Thượng
W	272	Xã	Sen Phương
W	272	Xã	Tam Hiệp
W	272	Xã	Tam Thuấn
W	272	Xã	Thanh Đa
W	272	Xã	Trạch Mỹ Lộc
W	272	Xã	Tích Lộc
W	272	Xã	Vân Phúc
W	272	Xã	Võng Xuyên
W	272	Xã	Xuân Đình
W	273	Thị trấn	Phùng
W	273	Xã	Hạ Mỗ
W	273	Xã	Hồng Hà
W	273	Xã	Liên Hà
W	273	Xã	Liên Hồng
W	273	Xã	Liên Trung
W	273	Xã	Phương Đình
W	273	Xã	Song Phượng
W	273	Xã	Thượng Mỗ
W	273	Xã	Thọ An
W	273	Xã	Thọ Xuân
W	273	Xã	Trung Châu
W	273	Xã	Tân Hội
W	273	Xã	Tân Lập
W	273	Xã	Đan Phượng
W	273	Xã	Đồng Tháp
W	274	Thị trấn	Trạm Trôi
W	274	Xã	An Khánh
W	274	Xã	An Thượng
W	274	Xã	Cát Quế
W	274	Xã	Di Trạch
W	274	Xã	Dương Liễu
W	274	Xã	Kim Chung
W	274	Xã	La Phù
W	274	Xã	Lại Yên
W	274	Xã	Minh Khai
W	274	Xã	Song Phương
W	274	Xã	Sơn Đồng
W	274	Xã	Tiền Yên
W	274	Xã	Vân Canh
W	274	Xã	Vân Côn
W	274	Xã	Yên Sở
W	274	Xã	Đông La
W	274	Xã	Đắc Sở
W	274	Xã	Đức Giang
W	274	Xã	Đức Thượng
W	275	Thị trấn	Quốc Oai
W	275	Xã	Cấn Hữu
W	275	Xã	Cộng Hòa
W	275	Xã	Hòa Thạch
W	275	Xã	Hưng Đạo
W	275	Xã	Liệp Nghĩa
W	275	Xã	Ngọc Liệp
W	275	Xã	Ngọc Mỹ
W	275	Xã	Phú Cát
W	275	Xã	Phú Mãn
W	275	Xã	Phượng Sơn
W	275	Xã	Sài Sơn
W	275	Xã	Thạch Thán
W	275	Xã	Tuyết Nghĩa
W	275	Xã	Đông Xuân
W	275	Xã	Đông Yên
W	275	Xã	Đồng Quang
W	276	Thị trấn	Liên Quan
W	276	Xã	Bình Yên
W	276	Xã	Cần Kiệm
W	276	Xã	Cẩm Yên
W	276	Xã	Hương Ngải
W	276	Xã	Hạ Bằng
W	276	Xã	Kim Quan
W	276	Xã	Lam Sơn
W	276	Xã	Lại Thượng
W	276	Xã	Phùng Xá
W	276	Xã	Phú Kim
W	276	Xã	Quang Trung
W	276	Xã	Thạch Hòa
W	276	Xã	Thạch Xá
W	276	Xã	Tiến Xuân
W	276	Xã	Tân Xã
W	276	Xã	Yên Bình
W	276	Xã	Yên Trung
W	276	Xã	Đại Đồng
W	276	Xã	Đồng Trúc
W	277	Thị trấn	Chúc Sơn
W	277	Thị trấn	Xuân Mai
W	277	Xã	Hoàng Diệu
W	277	Xã	Hoàng Văn Thụ
W	277	Xã	Hòa Phú
W	277	Xã	Hồng Phú
W	277	Xã	Hợp Đồng
W	277	Xã	Hữu Văn
W	277	Xã	Lam Điền
W	277	Xã	Mỹ Lương
W	277	Xã	Nam Phương Tiến
W	277	Xã	Ngọc Hòa
W	277	Xã	Phú Nghĩa
W	277	Xã	Phụng Châu
W	277	Xã	Quảng Bị
W	277	Xã	Thanh Bình
W	277	Xã	Thượng Vực
W	277	Xã	Thụy Hương
W	277	Xã	Thủy Xuân Tiên
W	277	Xã	Tiên Phương
W	277	Xã	Trung Hòa
W	277	Xã	Trường Yên
W	277	Xã	Trần Phú
W	277	Xã	Tân Tiến
W	277	Xã	Tốt Động
W	277	Xã	Văn Võ
W	277	Xã	Đông Phương Yên
W	277	Xã	Đông Sơn
W	277	Xã	Đại Yên
W	277	Xã	Đồng Lạc
W	278	Thị trấn	Kim Bài
W	278	Xã	Bình Minh
W	278	Xã	Bích Hòa
W	278	Xã	Cao Viên
W	278	Xã	Cao Xuân Dương
W	278	Xã	Cự Khê
W	278	Xã	Dân Hòa
W	278	Xã	Hồng Dương
W	278	Xã	Kim An
W	278	Xã	Kim Thư
W	278	Xã	Liên Châu
W	278	Xã	Mỹ Hưng
W	278	Xã	Phương Trung
W	278	Xã	Tam Hưng
W	278	Xã	Thanh Cao
W	278	Xã	Thanh Mai
W	278	Xã	Thanh Thùy
W	278	Xã	Thanh Văn
W	278	Xã	Tân Ước
W	278	Xã	Đỗ Động
W	279	Thị trấn	Thường Tín
W	279	Xã	Chương Dương
W	279	Xã	Duyên Thái
W	279	Xã	Dũng Tiến
W	279	Xã	Hiền Giang
W	279	Xã	Hà Hồi
W	279	Xã	Hòa Bình
W	279	Xã	Hồng Vân
W	279	Xã	Khánh Hà
W	279	Xã	Liên Phương
W	279	Xã	Lê Lợi
W	279	Xã	Minh Cường
W	279	Xã	Nghiêm Xuyên
W	279	Xã	Nguyễn Trãi
W	279	Xã	Nhị Khê
W	279	Xã	Ninh Sở
W	279	Xã	Quất Động
W	279	Xã	Thắng Lợi
W	279	Xã	Tiền Phong
W	279	Xã	Tân Minh
W	279	Xã	Tô Hiệu
W	279	Xã	Tự Nhiên
W	279	Xã	Vân Tảo
W	279	Xã	Văn Bình
W	279	Xã	Văn Phú
W	279	Xã	Văn Tự
W	279	Xã	Vạn Nhất
W	280	Thị trấn	Phú Minh
W	280	Thị trấn	Phú Xuyên
W	280	Xã	Bạch Hạ
W	280	Xã	Chuyên Mỹ
W	280	Xã	Châu Can
W	280	Xã	Hoàng Long
W	280	Xã	Hồng Minh
W	280	Xã	Hồng Thái
W	280	Xã	Khai Thái
W	280	Xã	Minh Tân
W	280	Xã	Nam Phong
W	280	Xã	Nam Tiến
W	280	Xã	Phú Túc
W	280	Xã	Phú Yên
W	280	Xã	Phúc Tiến
W	280	Xã	Phượng Dực
W	280	Xã	Quang Hà
W	280	Xã	Quang Lãng
W	280	Xã	Tri Thủy
W	280	Xã	Tân Dân
W	280	Xã	Vân Từ
W	280	Xã	Văn Hoàng
W	280	Xã	Đại Xuyên
W	281	Thị trấn	Vân Đình
W	281	Xã	Bình Lưu Quang
W	281	Xã	Cao Sơn Tiến
W	281	Xã	Hoa Viên
W	281	Xã	Hòa Phú
W	281	Xã	Kim Đường
W	281	Xã	Liên Bạt
W	281	Xã	Minh Đức
W	281	Xã	Phù Lưu
W	281	Xã	Phương Tú
W	281	Xã	Quảng Phú Cầu
W	281	Xã	Thái Hòa
W	281	Xã	Trung Tú
W	281	Xã	Trường Thịnh
W	281	Xã	Trầm Lộng
W	281	Xã	Tảo Dương Văn
W	281	Xã	Đông Lỗ
W	281	Xã	Đại Cường
W	281	Xã	Đại Hùng
W	281	Xã	Đồng Tân
W	282	Thị trấn	Đại Nghĩa
W	282	Xã	An Mỹ
W	282	Xã	An Phú
W	282	Xã	An Tiến
W	282	Xã	Hùng Tiến
W	282	Xã	Hương Sơn
W	282	Xã	Hồng Sơn
W	282	Xã	Hợp Thanh
W	282	Xã	Hợp Tiến
W	282	Xã	Lê Thanh
W	282	Xã	Mỹ Xuyên
W	282	Xã	Phù Lưu Tế
W	282	Xã	Phùng Xá
W	282	Xã	Phúc Lâm
W	282	Xã	Thượng Lâm
W	282	Xã	Tuy Lai
W	282	Xã	Vạn Tín
W	282	Xã	Xuy Xá
W	282	Xã	Đại Hưng
W	282	Xã	Đồng Tâm
W	288	Phường	Bình Hàn
W	288	Phường	Cẩm Thượng
W	288	Phường	Hải Tân
W	288	Phường	Lê Thanh Nghị
W	288	Phường	Nam Đồng
W	288	Phường	Nguyễn Trãi
W	288	Phường	Ngọc Châu
W	288	Phường	Nhị Châu
W	288	Phường	Quang Trung
W	288	Phường	Thanh Bình
W	288	Phường	Thạch Khôi
W	288	Phường	Trần Hưng Đạo
W	288	Phường	Trần Phú
W	288	Phường	Tân Bình
W	288	Phường	Tân Hưng
W	288	Phường	Tứ Minh
W	288	Phường	Việt Hòa
W	288	Phường	Ái Quốc
W	288	Xã	An Thượng
W	288	Xã	Gia Xuyên
W	288	Xã	Liên Hồng
W	288	Xã	Ngọc Sơn
W	288	Xã	Quyết Thắng
W	288	Xã	Tiền Tiến
W	290	Phường	An Lạc
W	290	Phường	Bến Tắm
W	290	Phường	Chí Minh
W	290	Phường	Cổ Thành
W	290	Phường	Cộng Hòa
W	290	Phường	Hoàng Tiến
W	290	Phường	Hoàng Tân
W	290	Phường	Phả Lại
W	290	Phường	Sao Đỏ
W	290	Phường	Thái Học
W	290	Phường	Tân Dân
W	290	Phường	Văn An
W	290	Phường	Văn Đức
W	290	Phường	Đồng Lạc
W	290	Xã	Bắc An
W	290	Xã	Hoàng Hoa Thám
W	290	Xã	Hưng Đạo
W	290	Xã	Lê Lợi
W	290	Xã	Nhân Huệ
W	291	Thị trấn	Nam Sách
W	291	Xã	An Bình
W	291	Xã	An Phú
W	291	Xã	An Sơn
W	291	Xã	Cộng Hòa
W	291	Xã	Hiệp Cát
W	291	Xã	Hồng Phong
W	291	Xã	Hợp Tiến
W	291	Xã	Minh Tân
W	291	Xã	Nam Hưng
W	291	Xã	Nam Tân
W	291	Xã	Quốc Tuấn
W	291	Xã	Thái Tân
W	291	Xã	Trần Phú
W	291	Xã	Đồng Lạc
W	292	Phường	An Lưu
W	292	Phường	An Phụ
W	292	Phường	An Sinh
W	292	Phường	Duy Tân
W	292	Phường	Hiến Thành
W	292	Phường	Hiệp An
W	292	Phường	Hiệp Sơn
W	292	Phường	Long Xuyên
W	292	Phường	Minh Tân
W	292	Phường	Phú Thứ
W	292	Phường	Phạm Thái
W	292	Phường	Thái Thịnh
W	292	Phường	Thất Hùng
W	292	Phường	Tân Dân
W	292	Xã	Bạch Đằng
W	292	Xã	Hiệp Hòa
W	292	Xã	Lê Ninh
W	292	Xã	Lạc Long
W	292	Xã	Minh Hòa
W	292	Xã	Quang Thành
W	292	Xã	Thăng Long
W	292	Xã	Thượng Quận
W	293	Thị trấn	Phú Thái
W	293	Xã	Hòa Bình
W	293	Xã	Kim Anh
W	293	Xã	Kim Liên
W	293	Xã	Kim Tân
W	293	Xã	Kim Xuyên
W	293	Xã	Kim Đính
W	293	Xã	Lai Khê
W	293	Xã	Ngũ Phúc
W	293	Xã	Tam Kỳ
W	293	Xã	Tuấn Việt
W	293	Xã	Vũ Dũng
W	293	Xã	Đại Đức
W	293	Xã	Đồng Cẩm
W	294	Thị trấn	Thanh Hà
W	294	Xã	An Phượng
W	294	Xã	Cẩm Việt
W	294	Xã	Hồng Lạc
W	294	Xã	Liên Mạc
W	294	Xã	Thanh An
W	294	Xã	Thanh Hải
W	294	Xã	Thanh Hồng
W	294	Xã	Thanh Lang
W	294	Xã	Thanh Quang
W	294	Xã	Thanh Sơn
W	294	Xã	Thanh Tân
W	294	Xã	Thanh Xuân
W	294	Xã	Tân An
W	294	Xã	Tân Việt
W	294	Xã	Vĩnh Cường
W	295	Thị trấn	Cẩm Giang
W	295	Thị trấn	Lai Cách
W	295	Xã	Cao An
W	295	Xã	Cẩm Hoàng
W	295	Xã	Cẩm Hưng
W	295	Xã	Cẩm Văn
W	295	Xã	Cẩm Vũ
W	295	Xã	Cẩm Đoài
W	295	Xã	Cẩm Đông
W	295	Xã	Lương Điền
W	295	Xã	Ngọc Liên
W	295	Xã	Phúc Điền
W	295	Xã	Tân Trường
W	295	Xã	Định Sơn
W	295	Xã	Đức Chính
W	296	Thị trấn	Kẻ Sặt
W	296	Xã	Bình Xuyên
W	296	Xã	Cổ Bì
W	296	Xã	Hùng Thắng
W	296	Xã	Hồng Khê
W	296	Xã	Long Xuyên
W	296	Xã	Nhân Quyền
W	296	Xã	Thái Dương
W	296	Xã	Thái Hòa
W	296	Xã	Thái Minh
W	296	Xã	Thúc Kháng
W	296	Xã	Tân Hồng
W	296	Xã	Tân Việt
W	296	Xã	Vĩnh Hưng
W	296	Xã	Vĩnh Hồng
W	297	Thị trấn	Gia Lộc
W	297	Xã	Gia Phúc
W	297	Xã	Gia Tiến
W	297	Xã	Hoàng Diệu
W	297	Xã	Hồng Hưng
W	297	Xã	Lê Lợi
W	297	Xã	Nhật Quang
W	297	Xã	Phạm Trấn
W	297	Xã	Quang Đức
W	297	Xã	Thống Kênh
W	297	Xã	Thống Nhất
W	297	Xã	Toàn Thắng
W	297	Xã	Yết Kiêu
W	297	Xã	Đoàn Thượng
W	298	Thị trấn	Tứ Kỳ
W	298	Xã	An Thanh
W	298	Xã	Bình Lãng
W	298	Xã	Chí Minh
W	298	Xã	Dân An
W	298	Xã	Hà Kỳ
W	298	Xã	Hà Thanh
W	298	Xã	Hưng Đạo
W	298	Xã	Kỳ Sơn
W	298	Xã	Lạc Phượng
W	298	Xã	Minh Đức
W	298	Xã	Nguyên Giáp
W	298	Xã	Quang Khải
W	298	Xã	Quang Phục
W	298	Xã	Quang Trung
W	298	Xã	Tiên Động
W	298	Xã	Tân Kỳ
W	298	Xã	Văn Tố
W	298	Xã	Đại Hợp
W	298	Xã	Đại Sơn
W	299	Thị trấn	Ninh Giang
W	299	Xã	An Đức
W	299	Xã	Bình Xuyên
W	299	Xã	Hiệp Lực
W	299	Xã	Hưng Long
W	299	Xã	Hồng Dụ
W	299	Xã	Hồng Phong
W	299	Xã	Kiến Phúc
W	299	Xã	Nghĩa An
W	299	Xã	Tân Hương
W	299	Xã	Tân Phong
W	299	Xã	Tân Quang
W	299	Xã	Văn Hội
W	299	Xã	Vĩnh Hòa
W	299	Xã	Đức Phúc
W	299	Xã	Ứng Hòe
W	300	Thị trấn	Thanh Miện
W	300	Xã	Cao Thắng
W	300	Xã	Chi Lăng Bắc
W	300	Xã	Chi Lăng Nam
W	300	Xã	Hồng Phong
W	300	Xã	Hồng Quang
W	300	Xã	Lam Sơn
W	300	Xã	Lê Hồng
W	300	Xã	Ngô Quyền
W	300	Xã	Ngũ Hùng
W	300	Xã	Phạm Kha
W	300	Xã	Thanh Giang
W	300	Xã	Thanh Tùng
W	300	Xã	Tân Trào
W	300	Xã	Tứ Cường
W	300	Xã	Đoàn Kết
W	300	Xã	Đoàn Tùng
W	303	Phường	An Hưng
W	303	Phường	An Hồng
W	303	Phường	Hoàng Văn Thụ
W	303	Phường	Hùng Vương
W	303	Phường	Minh Khai
W	303	Phường	Phan Bội Châu
W	303	Phường	Quán Toan
W	303	Phường	Sở Dầu
W	303	Phường	Thượng Lý
W	303	Phường	Đại Bản
W	304	Phường	Cầu Tre
W	304	Phường	Cầu Đất
W	304	Phường	Gia Viên
W	304	Phường	Lạch Tray
W	304	Phường	Máy Chai
W	304	Phường	Vạn Mỹ
W	304	Phường	Đông Khê
W	304	Phường	Đằng Giang
W	305	Phường	An Biên
W	305	Phường	An Dương
W	305	Phường	Dư Hàng Kênh
W	305	Phường	Hàng Kênh
W	305	Phường	Kênh Dương
W	305	Phường	Trần Nguyên Hãn
W	305	Phường	Vĩnh Niệm
W	306	Phường	Cát Bi
W	306	Phường	Nam Hải
W	306	Phường	Thành Tô
W	306	Phường	Tràng Cát
W	306	Phường	Đông Hải 1
W	306	Phường	Đông Hải 2
W	306	Phường	Đằng Hải
W	306	Phường	Đằng Lâm
W	307	Phường	Bắc Hà
W	307	Phường	Bắc Sơn
W	307	Phường	Nam Sơn
W	307	Phường	Ngọc Sơn
W	307	Phường	Trần Thành Ngọ
W	307	Phường	Văn Đẩu
W	307	Phường	Đồng Hòa
W	308	Phường	Bàng La
W	308	Phường	Hải Sơn
W	308	Phường	Hợp Đức
W	308	Phường	Minh Đức
W	308	Phường	Ngọc Xuyên
W	308	Phường	Vạn Hương
W	309	Phường	Anh Dũng
W	309	Phường	Hòa Nghĩa
W	309	Phường	Hưng Đạo
W	309	Phường	Hải Thành
W	309	Phường	Tân Thành
W	309	Phường	Đa Phúc
W	311	Phường	An Lư
W	311	Phường	Dương Quan
W	311	Phường	Hoa Động
W	311	Phường	Hoàng Lâm
W	311	Phường	Hòa Bình
W	311	Phường	Lê Hồng Phong
W	311	Phường	Lưu Kiếm
W	311	Phường	Lập Lễ
W	311	Phường	Minh Đức
W	311	Phường	Nam Triệu Giang
W	311	Phường	Phạm Ngũ Lão
W	311	Phường	Quảng Thanh
W	311	Phường	Tam Hưng
W	311	Phường	Thiên Hương
W	311	Phường	Thủy Hà
W	311	Phường	Thủy Đường
W	311	Phường	Trần Hưng Đạo
W	311	Xã	Bạch Đằng
W	311	Xã	Liên Xuân
W	311	Xã	Ninh Sơn
W	311	Xã	Quang Trung
W	312	Phường	An Hòa
W	312	Phường	An Hải
W	312	Phường	An Đồng
W	312	Phường	Hồng Phong
W	312	Phường	Hồng Thái
W	312	Phường	Lê Lợi
W	312	Phường	Lê Thiện
W	312	Phường	Nam Sơn
W	312	Phường	Tân Tiến
W	312	Phường	Đồng Thái
W	313	Thị trấn	An Lão
W	313	Thị trấn	Trường Sơn
W	313	Xã	An Thái
W	313	Xã	An Thắng
W	313	Xã	An Thọ
W	313	Xã	An Tiến
W	313	Xã	Bát Trang
W	313	Xã	Chiến Thắng
W	313	Xã	Mỹ Đức
W	313	Xã	Quang Hưng
W	313	Xã	Quang Trung
W	313	Xã	Quốc Tuấn
W	313	Xã	Thái Sơn
W	313	Xã	Trường Thành
W	313	Xã	Trường Thọ
W	313	Xã	Tân Dân
W	313	Xã	Tân Viên
W	314	Thị trấn	Núi Đối
W	314	Xã	Du Lễ
W	314	Xã	Hữu Bằng
W	314	Xã	Kiến Hưng
W	314	Xã	Kiến Quốc
W	314	Xã	Minh Tân
W	314	Xã	Ngũ Phúc
W	314	Xã	Thanh Sơn
W	314	Xã	Thuận Thiên
W	314	Xã	Tân Phong
W	314	Xã	Tân Trào
W	314	Xã	Tú Sơn
W	314	Xã	Đoàn Xá
W	314	Xã	Đông Phương
W	314	Xã	Đại Hợp
W	314	Xã	Đại Đồng
W	315	Thị trấn	Tiên Lãng
W	315	Xã	Bắc Hưng
W	315	Xã	Cấp Tiến
W	315	Xã	Hùng Thắng
W	315	Xã	Khởi Nghĩa
W	315	Xã	Kiến Thiết
W	315	Xã	Nam Hưng
W	315	Xã	Quyết Tiến
W	315	Xã	Tiên Cường
W	315	Xã	Tiên Minh
W	315	Xã	Tiên Thanh
W	315	Xã	Tiên Thắng
W	315	Xã	Tân Minh
W	315	Xã	Tây Hưng
W	315	Xã	Tự Cường
W	315	Xã	Vinh Quang
W	315	Xã	Đoàn Lập
W	315	Xã	Đông Hưng
W	315	Xã	Đại Thắng
W	316	Thị trấn	Vĩnh Bảo
W	316	Xã	Cao Minh
W	316	Xã	Dũng Tiến
W	316	Xã	Giang Biên
W	316	Xã	Hòa Bình
W	316	Xã	Hùng Tiến
W	316	Xã	Liên Am
W	316	Xã	Lý Học
W	316	Xã	Tam Cường
W	316	Xã	Thắng Thủy
W	316	Xã	Tiền Phong
W	316	Xã	Trung Lập
W	316	Xã	Trấn Dương
W	316	Xã	Tân Hưng
W	316	Xã	Tân Liên
W	316	Xã	Việt Tiến
W	316	Xã	Vĩnh An
W	316	Xã	Vĩnh Hòa
W	316	Xã	Vĩnh Hưng
W	316	Xã	Vĩnh Hải
W	317	Thị trấn	Cát Bà
W	317	Thị trấn	Cát Hải
W	317	Xã	Gia Luận
W	317	Xã	Hiền Hào
W	317	Xã	Hoàng Châu
W	317	Xã	Nghĩa Lộ
W	317	Xã	Phù Long
W	317	Xã	Trân Châu
W	317	Xã	Việt Hải
W	317	Xã	Văn Phong
W	317	Xã	Xuân Đám
W	317	Xã	Đồng Bài
W	323	Phường	An Tảo
W	323	Phường	Hiến Nam
W	323	Phường	Hồng Châu
W	323	Phường	Lam Sơn
W	323	Phường	Lê Lợi
W	323	Phường	Minh Khai
W	323	Xã	Bảo Khê
W	323	Xã	Hoàng Hanh
W	323	Xã	Hùng Cường
W	323	Xã	Liên Phương
W	323	Xã	Phú Cường
W	323	Xã	Phương Nam
W	323	Xã	Quảng Châu
W	323	Xã	Trung Nghĩa
W	323	Xã	Tân Hưng
W	325	Thị trấn	Như Quỳnh
W	325	Xã	Chỉ Đạo
W	325	Xã	Lương Tài
W	325	Xã	Lạc Hồng
W	325	Xã	Lạc Đạo
W	325	Xã	Minh Hải
W	325	Xã	Trưng Trắc
W	325	Xã	Tân Quang
W	325	Xã	Việt Hưng
W	325	Xã	Đình Dù
W	325	Xã	Đại Đồng
W	326	Thị trấn	Văn Giang
W	326	Xã	Cửu Cao
W	326	Xã	Liên Nghĩa
W	326	Xã	Long Hưng
W	326	Xã	Mễ Sở
W	326	Xã	Nghĩa Trụ
W	326	Xã	Phụng Công
W	326	Xã	Thắng Lợi
W	326	Xã	Tân Tiến
W	326	Xã	Vĩnh Khúc
W	326	Xã	Xuân Quan
W	327	Thị trấn	Yên Mỹ
W	327	Xã	Hoàn Long
W	327	Xã	Liêu Xá
W	327	Xã	Nguyễn Văn Linh
W	327	Xã	Ngọc Long
W	327	Xã	Thanh Long
W	327	Xã	Trung Hòa
W	327	Xã	Tân Lập
W	327	Xã	Tân Minh
W	327	Xã	Việt Yên
W	327	Xã	Yên Phú
W	327	Xã	Đồng Than
W	328	Phường	Bạch Sam
W	328	Phường	Bần Yên Nhân
W	328	Phường	Dị Sử
W	328	Phường	Minh Đức
W	328	Phường	Nhân Hòa
W	328	Phường	Phan Đình Phùng
W	328	Phường	Phùng Chí Kiên
W	328	Xã	Cẩm Xá
W	328	Xã	Dương Quang
W	328	Xã	Hòa Phong
W	328	Xã	Hưng Long
W	328	Xã	Ngọc Lâm
W	328	Xã	Xuân Dục
W	329	Thị trấn	Ân Thi
W	329	Xã	Bãi Sậy
W	329	Xã	Bắc Sơn
W	329	Xã	Cẩm Ninh
W	329	Xã	Hoàng Hoa Thám
W	329	Xã	Hạ Lễ
W	329	Xã	Hồ Tùng Mậu
W	329	Xã	Hồng Quang
W	329	Xã	Nguyễn Trãi
W	329	Xã	Phù Ủng
W	329	Xã	Quang Vinh
W	329	Xã	Quảng Lãng
W	329	Xã	Tiền Phong
W	329	Xã	Vân Du
W	329	Xã	Xuân Trúc
W	329	Xã	Đa Lộc
W	329	Xã	Đào Dương
W	329	Xã	Đặng Lễ
W	330	Thị trấn	Khoái Châu
W	330	Xã	An Vĩ
W	330	Xã	Bình Minh
W	330	Xã	Chí Minh
W	330	Xã	Dân Tiến
W	330	Xã	Liên Khê
W	330	Xã	Nguyễn Huệ
W	330	Xã	Phùng Hưng
W	330	Xã	Phạm Hồng Thái
W	330	Xã	Thuần Hưng
W	330	Xã	Tân Châu
W	330	Xã	Tân Dân
W	330	Xã	Tứ Dân
W	330	Xã	Việt Hòa
W	330	Xã	Ông Đình
W	330	Xã	Đông Kết
W	330	Xã	Đông Ninh
W	330	Xã	Đông Tảo
W	330	Xã	Đại Tập
W	330	Xã	Đồng Tiến
W	331	Thị trấn	Lương Bằng
W	331	Xã	Chính Nghĩa
W	331	Xã	Diên Hồng
W	331	Xã	Hiệp Cường
W	331	Xã	Hùng An
W	331	Xã	Mai Động
W	331	Xã	Nghĩa Dân
W	331	Xã	Ngọc Thanh
W	331	Xã	Phú Thọ
W	331	Xã	Phạm Ngũ Lão
W	331	Xã	Song Mai
W	331	Xã	Toàn Thắng
W	331	Xã	Vĩnh Xá
W	331	Xã	Đồng Thanh
W	331	Xã	Đức Hợp
W	332	Thị trấn	Vương
W	332	Xã	An Viên
W	332	Xã	Cương Chính
W	332	Xã	Hưng Đạo
W	332	Xã	Hải Thắng
W	332	Xã	Lệ Xá
W	332	Xã	Nhật Tân
W	332	Xã	Thiện Phiến
W	332	Xã	Thụy Lôi
W	332	Xã	Thủ Sỹ
W	332	Xã	Trung Dũng
W	333	Thị trấn	Trần Cao
W	333	Xã	Minh Hoàng
W	333	Xã	Minh Tân
W	333	Xã	Nguyên Hòa
W	333	Xã	Nhật Quang
W	333	Xã	Phan Sào Nam
W	333	Xã	Quang Hưng
W	333	Xã	Tam Đa
W	333	Xã	Tiên Tiến
W	333	Xã	Tống Phan
W	333	Xã	Tống Trân
W	333	Xã	Đoàn Đào
W	333	Xã	Đình Cao
W	336	Phường	Bồ Xuyên
W	336	Phường	Hoàng Diệu
W	336	Phường	Kỳ Bá
W	336	Phường	Lê Hồng Phong
W	336	Phường	Phú Khánh
W	336	Phường	Quang Trung
W	336	Phường	Tiền Phong
W	336	Phường	Trần Hưng Đạo
W	336	Phường	Trần Lãm
W	336	Phường	Đề Thám
W	336	Xã	Phú Xuân
W	336	Xã	Tân Bình
W	336	Xã	Vũ Chính
W	336	Xã	Vũ Lạc
W	336	Xã	Vũ Phúc
W	336	Xã	Vũ Đông
W	336	Xã	Đông Hòa
W	336	Xã	Đông Mỹ
W	336	Xã	Đông Thọ
W	338	Thị trấn	An Bài
W	338	Thị trấn	Quỳnh Côi
W	338	Xã	An Cầu
W	338	Xã	An Dục
W	338	Xã	An Hiệp
W	338	Xã	An Khê
W	338	Xã	An Lễ
W	338	Xã	An Mỹ
W	338	Xã	An Ninh
W	338	Xã	An Quý
W	338	Xã	An Thanh
W	338	Xã	An Thái
W	338	Xã	An Tràng
W	338	Xã	An Vinh
W	338	Xã	An Vũ
W	338	Xã	An Đồng
W	338	Xã	An Ấp
W	338	Xã	Châu Sơn
W	338	Xã	Quỳnh Giao
W	338	Xã	Quỳnh Hoa
W	338	Xã	Quỳnh Hoàng
W	338	Xã	Quỳnh Hưng
W	338	Xã	Quỳnh Hải
W	338	Xã	Quỳnh Hồng
W	338	Xã	Quỳnh Hội
W	338	Xã	Quỳnh Khê
W	338	Xã	Quỳnh Lâm
W	338	Xã	Quỳnh Minh
W	338	Xã	Quỳnh Mỹ
W	338	Xã	Quỳnh Nguyên
W	338	Xã	Quỳnh Ngọc
W	338	Xã	Quỳnh Thọ
W	338	Xã	Trang Bảo Xá
W	338	Xã	Đông Hải
W	338	Xã	Đồng Tiến
W	339	Thị trấn	Hưng Hà
W	339	Thị trấn	Hưng Nhân
W	339	Xã	Bắc Sơn
W	339	Xã	Canh Tân
W	339	Xã	Chi Lăng
W	339	Xã	Chí Hòa
W	339	Xã	Cộng Hòa
W	339	Xã	Duyên Hải
W	339	Xã	Hòa Bình
W	339	Xã	Hòa Tiến
W	339	Xã	Hồng An
W	339	Xã	Hồng Lĩnh
W	339	Xã	Hồng Minh
W	339	Xã	Kim Trung
W	339	Xã	Liên Hiệp
W	339	Xã	Minh Hòa
W	339	Xã	Minh Khai
W	339	Xã	Minh Tân
W	339	Xã	Phúc Khánh
W	339	Xã	Quang Trung
W	339	Xã	Thái Hưng
W	339	Xã	Thái Phương
W	339	Xã	Thống Nhất
W	339	Xã	Tiến Đức
W	339	Xã	Tân Hòa
W	339	Xã	Tân Lễ
W	339	Xã	Tân Tiến
W	339	Xã	Tây Đô
W	339	Xã	Văn Cẩm
W	339	Xã	Văn Lang
W	339	Xã	Đoan Hùng
W	339	Xã	Đông Đô
W	339	Xã	Độc Lập
W	340	Thị trấn	Đông Hưng
W	340	Xã	Hà Giang
W	340	Xã	Hồng Bạch
W	340	Xã	Hồng Giang
W	340	Xã	Hồng Việt
W	340	Xã	Liên An Đô
W	340	Xã	Liên Hoa
W	340	Xã	Lô Giang
W	340	Xã	Minh Phú
W	340	Xã	Minh Tân
W	340	Xã	Mê Linh
W	340	Xã	Nguyên Xá
W	340	Xã	Phong Dương Tiến
W	340	Xã	Phú Châu
W	340	Xã	Phú Lương
W	340	Xã	Thăng Long
W	340	Xã	Trọng Quan
W	340	Xã	Xuân Quang Động
W	340	Xã	Đông Các
W	340	Xã	Đông Cường
W	340	Xã	Đông Dương
W	340	Xã	Đông Hoàng
W	340	Xã	Đông Hợp
W	340	Xã	Đông Kinh
W	340	Xã	Đông La
W	340	Xã	Đông Phương
W	340	Xã	Đông Quan
W	340	Xã	Đông Sơn
W	340	Xã	Đông Tân
W	340	Xã	Đông Vinh
W	340	Xã	Đông Xá
W	340	Xã	Đông Á
W	341	Thị trấn	Diêm Điền
W	341	Xã	An Tân
W	341	Xã	Dương Hồng Thủy
W	341	Xã	Dương Phúc
W	341	Xã	Hòa An
W	341	Xã	Hồng Dũng
W	341	Xã	Mỹ Lộc
W	341	Xã	Sơn Hà
W	341	Xã	Thuần Thành
W	341	Xã	Thái Giang
W	341	Xã	Thái Hưng
W	341	Xã	Thái Nguyên
W	341	Xã	Thái Phúc
W	341	Xã	Thái Thượng
W	341	Xã	Thái Thịnh
W	341	Xã	Thái Thọ
W	341	Xã	Thái Xuyên
W	341	Xã	Thái Đô
W	341	Xã	Thụy Bình
W	341	Xã	Thụy Chính
W	341	Xã	Thụy Duyên
W	341	Xã	Thụy Dân
W	341	Xã	Thụy Hưng
W	341	Xã	Thụy Hải
W	341	Xã	Thụy Liên
W	341	Xã	Thụy Ninh
W	341	Xã	Thụy Phong
W	341	Xã	Thụy Quỳnh
W	341	Xã	Thụy Sơn
W	341	Xã	Thụy Thanh
W	341	Xã	Thụy Trình
W	341	Xã	Thụy Trường
W	341	Xã	Thụy Việt
W	341	Xã	Thụy Văn
W	341	Xã	Thụy Xuân
W	341	Xã	Tân Học
W	342	Thị trấn	Tiền Hải
W	342	Xã	An Ninh
W	342	Xã	Bắc Hải
W	342	Xã	Nam Chính
W	342	Xã	Nam Cường
W	342	Xã	Nam Hà
W	342	Xã	Nam Hưng
W	342	Xã	Nam Hải
W	342	Xã	Nam Hồng
W	342	Xã	Nam Phú
W	342	Xã	Nam Thịnh
W	342	Xã	Nam Tiến
W	342	Xã	Nam Trung
W	342	Xã	Phương Công
W	342	Xã	Tây Giang
W	342	Xã	Tây Lương
W	342	Xã	Tây Ninh
W	342	Xã	Vân Trường
W	342	Xã	Vũ Lăng
W	342	Xã	Ái Quốc
W	342	Xã	Đông Cơ
W	342	Xã	Đông Hoàng
W	342	Xã	Đông Long
W	342	Xã	Đông Lâm
W	342	Xã	Đông Minh
W	342	Xã	Đông Quang
W	342	Xã	Đông Trà
W	342	Xã	Đông Xuyên
W	343	Thị trấn	Kiến Xương
W	343	Xã	An Bình
W	343	Xã	Bình Minh
W	343	Xã	Bình Nguyên
W	343	Xã	Bình Thanh
W	343	Xã	Bình Định
W	343	Xã	Hòa Bình
W	343	Xã	Hồng Thái
W	343	Xã	Hồng Tiến
W	343	Xã	Hồng Vũ
W	343	Xã	Lê Lợi
W	343	Xã	Minh Quang
W	343	Xã	Minh Tân
W	343	Xã	Nam Bình
W	343	Xã	Quang Bình
W	343	Xã	Quang Lịch
W	343	Xã	Quang Minh
W	343	Xã	Quang Trung
W	343	Xã	Quốc Tuấn
W	343	Xã	Thanh Tân
W	343	Xã	Thống Nhất
W	343	Xã	Trà Giang
W	343	Xã	Tây Sơn
W	343	Xã	Vũ An
W	343	Xã	Vũ Công
W	343	Xã	Vũ Lễ
W	343	Xã	Vũ Ninh
W	343	Xã	Vũ Quý
W	343	Xã	Vũ Trung
W	344	Thị trấn	Vũ Thư
W	344	Xã	Bách Thuận
W	344	Xã	Duy Nhất
W	344	Xã	Dũng Nghĩa
W	344	Xã	Hiệp Hòa
W	344	Xã	Hòa Bình
W	344	Xã	Hồng Lý
W	344	Xã	Hồng Phong
W	344	Xã	Minh Khai
W	344	Xã	Minh Lãng
W	344	Xã	Minh Quang
W	344	Xã	Nguyên Xá
W	344	Xã	Phúc Thành
W	344	Xã	Song An
W	344	Xã	Song Lãng
W	344	Xã	Tam Quang
W	344	Xã	Trung An
W	344	Xã	Tân Hòa
W	344	Xã	Tân Lập
W	344	Xã	Tân Phong
W	344	Xã	Tự Tân
W	344	Xã	Việt Hùng
W	344	Xã	Việt Thuận
W	344	Xã	Vũ Hội
W	344	Xã	Vũ Tiến
W	344	Xã	Vũ Vinh
W	344	Xã	Vũ Vân
W	344	Xã	Vũ Đoài
W	344	Xã	Xuân Hòa
W	344	Xã	Đồng Thanh
W	347	Phường	Châu Cầu
W	347	Phường	Châu Sơn
W	347	Phường	Lam Hạ
W	347	Phường	Liêm Chính
W	347	Phường	Lê Hồng Phong
W	347	Phường	Quang Trung
W	347	Phường	Thanh Châu
W	347	Phường	Thanh Tuyền
W	347	Phường	Tân Hiệp
W	347	Phường	Tân Liêm
W	347	Xã	Kim Bình
W	347	Xã	Phù Vân
W	347	Xã	Trịnh Xá
W	347	Xã	Đinh Xá
W	349	Phường	Bạch Thượng
W	349	Phường	Châu Giang
W	349	Phường	Duy Hải
W	349	Phường	Duy Minh
W	349	Phường	Hoàng Đông
W	349	Phường	Hòa Mạc
W	349	Phường	Tiên Nội
W	349	Phường	Yên Bắc
W	349	Phường	Đồng Văn
W	349	Xã	Chuyên Ngoại
W	349	Xã	Mộc Hoàn
W	349	Xã	Tiên Ngoại
W	349	Xã	Tiên Sơn
W	349	Xã	Trác Văn
W	349	Xã	Yên Nam
W	350	Phường	Ba Sao
W	350	Phường	Lê Hồ
W	350	Phường	Ngọc Sơn
W	350	Phường	Quế
W	350	Phường	Thi Sơn
W	350	Phường	Tân Sơn
W	350	Phường	Tân Tựu
W	350	Phường	Tượng Lĩnh
W	350	Phường	Đại Cương
W	350	Phường	Đồng Hóa
W	350	Xã	Hoàng Tây
W	350	Xã	Khả Phong
W	350	Xã	Liên Sơn
W	350	Xã	Nguyễn Úy
W	350	Xã	Thanh Sơn
W	350	Xã	Thụy Lôi
W	350	Xã	Văn Xá
W	351	Thị trấn	Kiện Khê
W	351	Thị trấn	Tân Thanh
W	351	Xã	Liêm Cần
W	351	Xã	Liêm Phong
W	351	Xã	Liêm Sơn
W	351	Xã	Liêm Thuận
W	351	Xã	Liêm Túc
W	351	Xã	Thanh Hà
W	351	Xã	Thanh Hương
W	351	Xã	Thanh Hải
W	351	Xã	Thanh Nghị
W	351	Xã	Thanh Nguyên
W	351	Xã	Thanh Phong
W	351	Xã	Thanh Thủy
W	351	Xã	Thanh Tâm
W	351	Xã	Thanh Tân
W	352	Thị trấn	Bình Mỹ
W	352	Xã	An Lão
W	352	Xã	An Ninh
W	352	Xã	An Đổ
W	352	Xã	Bình An
W	352	Xã	Bình Nghĩa
W	352	Xã	Bồ Đề
W	352	Xã	La Sơn
W	352	Xã	Ngọc Lũ
W	352	Xã	Tiêu Động
W	352	Xã	Trung Lương
W	352	Xã	Tràng An
W	352	Xã	Vũ Bản
W	352	Xã	Đồn Xá
W	352	Xã	Đồng Du
W	353	Thị trấn	Vĩnh Trụ
W	353	Xã	Bắc Lý
W	353	Xã	Chân Lý
W	353	Xã	Chính Lý
W	353	Xã	Công Lý
W	353	Xã	Hòa Hậu
W	353	Xã	Hợp Lý
W	353	Xã	Nguyên Lý
W	353	Xã	Nhân Bình
W	353	Xã	Nhân Chính
W	353	Xã	Nhân Khang
W	353	Xã	Nhân Mỹ
W	353	Xã	Nhân Nghĩa
W	353	Xã	Nhân Thịnh
W	353	Xã	Phú Phúc
W	353	Xã	Tiến Thắng
W	353	Xã	Trần Hưng Đạo
W	353	Xã	Văn Lý
W	353	Xã	Xuân Khê
W	353	Xã	Đạo Lý
W	353	Xã	Đức Lý
W	356	Phường	Cửa Bắc
W	356	Phường	Cửa Nam
W	356	Phường	Hưng Lộc
W	356	Phường	Lộc Hòa
W	356	Phường	Lộc Hạ
W	356	Phường	Lộc Vượng
W	356	Phường	Mỹ Xá
W	356	Phường	Nam Phong
W	356	Phường	Nam Vân
W	356	Phường	Năng Tĩnh
W	356	Phường	Quang Trung
W	356	Phường	Trường Thi
W	356	Phường	Trần Hưng Đạo
W	356	Phường	Vị Xuyên
W	356	Xã	Mỹ Hà
W	356	Xã	Mỹ Lộc
W	356	Xã	Mỹ Phúc
W	356	Xã	Mỹ Thuận
W	356	Xã	Mỹ Thắng
W	356	Xã	Mỹ Trung
W	356	Xã	Mỹ Tân
W	359	Thị trấn	Gôi
W	359	Xã	Cộng Hòa
W	359	Xã	Hiển Khánh
W	359	Xã	Hợp Hưng
W	359	Xã	Kim Thái
W	359	Xã	Liên Minh
W	359	Xã	Minh Tân
W	359	Xã	Quang Trung
W	359	Xã	Tam Thanh
W	359	Xã	Thành Lợi
W	359	Xã	Trung Thành
W	359	Xã	Vĩnh Hào
W	359	Xã	Đại An
W	359	Xã	Đại Thắng
W	360	Thị trấn	Lâm
W	360	Xã	Hồng Quang
W	360	Xã	Phú Hưng
W	360	Xã	Trung Nghĩa
W	360	Xã	Tân Minh
W	360	Xã	Yên Bình
W	360	Xã	Yên Chính
W	360	Xã	Yên Cường
W	360	Xã	Yên Dương
W	360	Xã	Yên Khang
W	360	Xã	Yên Khánh
W	360	Xã	Yên Lương
W	360	Xã	Yên Lộc
W	360	Xã	Yên Mỹ
W	360	Xã	Yên Nhân
W	360	Xã	Yên Ninh
W	360	Xã	Yên Phong
W	360	Xã	Yên Phúc
W	360	Xã	Yên Thắng
W	360	Xã	Yên Thọ
W	360	Xã	Yên Tiến
W	360	Xã	Yên Trị
W	360	Xã	Yên Đồng
W	361	Thị trấn	Liễu Đề
W	361	Thị trấn	Quỹ Nhất
W	361	Thị trấn	Rạng Đông
W	361	Xã	Hoàng Nam
W	361	Xã	Nam Điền
W	361	Xã	Nghĩa Châu
W	361	Xã	Nghĩa Hùng
W	361	Xã	Nghĩa Hải
W	361	Xã	Nghĩa Hồng
W	361	Xã	Nghĩa Lâm
W	361	Xã	Nghĩa Lạc
W	361	Xã	Nghĩa Lợi
W	361	Xã	Nghĩa Phong
W	361	Xã	Nghĩa Phú
W	361	Xã	Nghĩa Sơn
W	361	Xã	Nghĩa Thành
W	361	Xã	Nghĩa Thái
W	361	Xã	Nghĩa Trung
W	361	Xã	Phúc Thắng
W	361	Xã	Đồng Thịnh
W	362	Thị trấn	Nam Giang
W	362	Xã	Bình Minh
W	362	Xã	Hồng Quang
W	362	Xã	Nam Cường
W	362	Xã	Nam Dương
W	362	Xã	Nam Hoa
W	362	Xã	Nam Hùng
W	362	Xã	Nam Hải
W	362	Xã	Nam Hồng
W	362	Xã	Nam Lợi
W	362	Xã	Nam Thanh
W	362	Xã	Nam Thái
W	362	Xã	Nam Thắng
W	362	Xã	Nam Tiến
W	362	Xã	Nam Điền
W	362	Xã	Nghĩa An
W	362	Xã	Tân Thịnh
W	362	Xã	Đồng Sơn
W	363	Thị trấn	Cát Thành
W	363	Thị trấn	Cổ Lễ
W	363	Thị trấn	Ninh Cường
W	363	Xã	Liêm Hải
W	363	Xã	Phương Định
W	363	Xã	Trung Đông
W	363	Xã	Trực Chính
W	363	Xã	Trực Cường
W	363	Xã	Trực Hùng
W	363	Xã	Trực Hưng
W	363	Xã	Trực Khang
W	363	Xã	Trực Mỹ
W	363	Xã	Trực Nội
W	363	Xã	Trực Thanh
W	363	Xã	Trực Thuận
W	363	Xã	Trực Thái
W	363	Xã	Trực Thắng
W	363	Xã	Trực Tuấn
W	363	Xã	Trực Đại
W	363	Xã	Trực Đạo
W	363	Xã	Việt Hùng
W	364	Thị trấn	Xuân Trường
W	364	Xã	Thọ Nghiệp
W	364	Xã	Trà Lũ
W	364	Xã	Xuân Châu
W	364	Xã	Xuân Giang
W	364	Xã	Xuân Hồng
W	364	Xã	Xuân Ngọc
W	364	Xã	Xuân Ninh
W	364	Xã	Xuân Phú
W	364	Xã	Xuân Phúc
W	364	Xã	Xuân Thành
W	364	Xã	Xuân Thượng
W	364	Xã	Xuân Tân
W	364	Xã	Xuân Vinh
W	365	Thị trấn	Giao Thủy
W	365	Thị trấn	Quất Lâm
W	365	Xã	Bình Hòa
W	365	Xã	Bạch Long
W	365	Xã	Giao An
W	365	Xã	Giao Châu
W	365	Xã	Giao Hà
W	365	Xã	Giao Hương
W	365	Xã	Giao Hải
W	365	Xã	Giao Long
W	365	Xã	Giao Lạc
W	365	Xã	Giao Nhân
W	365	Xã	Giao Phong
W	365	Xã	Giao Thanh
W	365	Xã	Giao Thiện
W	365	Xã	Giao Thịnh
W	365	Xã	Giao Tân
W	365	Xã	Giao Xuân
W	365	Xã	Giao Yến
W	365	Xã	Hồng Thuận
W	366	Thị trấn	Cồn
W	366	Thị trấn	Thịnh Long
W	366	Thị trấn	Yên Định
W	366	Xã	Hải An
W	366	Xã	Hải Anh
W	366	Xã	Hải Châu
W	366	Xã	Hải Giang
W	366	Xã	Hải Hòa
W	366	Xã	Hải Hưng
W	366	Xã	Hải Long
W	366	Xã	Hải Lộc
W	366	Xã	Hải Minh
W	366	Xã	Hải Nam
W	366	Xã	Hải Ninh
W	366	Xã	Hải Phong
W	366	Xã	Hải Phú
W	366	Xã	Hải Quang
W	366	Xã	Hải Sơn
W	366	Xã	Hải Trung
W	366	Xã	Hải Tân
W	366	Xã	Hải Tây
W	366	Xã	Hải Xuân
W	366	Xã	Hải Đông
W	366	Xã	Hải Đường
W	370	Phường	Bắc Sơn
W	370	Phường	Nam Sơn
W	370	Phường	Trung Sơn
W	370	Phường	Tân Bình
W	370	Phường	Tây Sơn
W	370	Phường	Yên Bình
W	370	Xã	Quang Sơn
W	370	Xã	Yên Sơn
W	370	Xã	Đông Sơn
W	372	Thị trấn	Nho Quan
W	372	Xã	Cúc Phương
W	372	Xã	Gia Lâm
W	372	Xã	Gia Sơn
W	372	Xã	Gia Thủy
W	372	Xã	Gia Tường
W	372	Xã	Kỳ Phú
W	372	Xã	Lạc Vân
W	372	Xã	Phú Long
W	372	Xã	Phú Lộc
W	372	Xã	Phú Sơn
W	372	Xã	Phúc Sơn
W	372	Xã	Quảng Lạc
W	372	Xã	Quỳnh Lưu
W	372	Xã	Thanh Sơn
W	372	Xã	Thượng Hòa
W	372	Xã	Thạch Bình
W	372	Xã	Văn Phú
W	372	Xã	Văn Phương
W	372	Xã	Xích Thổ
W	372	Xã	Yên Quang
W	372	Xã	Đồng Phong
W	372	Xã	Đức Long
W	373	Thị trấn	Thịnh Vượng
W	373	Xã	Gia Hòa
W	373	Xã	Gia Hưng
W	373	Xã	Gia Lạc
W	373	Xã	Gia Lập
W	373	Xã	Gia Minh
W	373	Xã	Gia Phong
W	373	Xã	Gia Phú
W	373	Xã	Gia Phương
W	373	Xã	Gia Sinh
W	373	Xã	Gia Thanh
W	373	Xã	Gia Trung
W	373	Xã	Gia Trấn
W	373	Xã	Gia Tân
W	373	Xã	Gia Vân
W	373	Xã	Gia Xuân
W	373	Xã	Liên Sơn
W	373	Xã	Tiến Thắng
W	374	Phường	Bích Đào
W	374	Phường	Nam Bình
W	374	Phường	Nam Thành
W	374	Phường	Ninh Giang
W	374	Phường	Ninh Khánh
W	374	Phường	Ninh Mỹ
W	374	Phường	Ninh Phong
W	374	Phường	Ninh Phúc
W	374	Phường	Ninh Sơn
W	374	Phường	Tân Thành
W	374	Phường	Vân Giang
W	374	Phường	Đông Thành
W	374	Xã	Ninh An
W	374	Xã	Ninh Hòa
W	374	Xã	Ninh Hải
W	374	Xã	Ninh Khang
W	374	Xã	Ninh Nhất
W	374	Xã	Ninh Tiến
W	374	Xã	Ninh Vân
W	374	Xã	Trường Yên
W	375	Thị trấn	Yên Ninh
W	375	Xã	Khánh An
W	375	Xã	Khánh Công
W	375	Xã	Khánh Cư
W	375	Xã	Khánh Cường
W	375	Xã	Khánh Hòa
W	375	Xã	Khánh Hải
W	375	Xã	Khánh Hồng
W	375	Xã	Khánh Hội
W	375	Xã	Khánh Lợi
W	375	Xã	Khánh Mậu
W	375	Xã	Khánh Nhạc
W	375	Xã	Khánh Phú
W	375	Xã	Khánh Thiện
W	375	Xã	Khánh Thành
W	375	Xã	Khánh Thủy
W	375	Xã	Khánh Trung
W	375	Xã	Khánh Vân
W	376	Thị trấn	Bình Minh
W	376	Thị trấn	Phát Diệm
W	376	Xã	Chất Bình
W	376	Xã	Cồn Thoi
W	376	Xã	Hùng Tiến
W	376	Xã	Hồi Ninh
W	376	Xã	Kim Chính
W	376	Xã	Kim Mỹ
W	376	Xã	Kim Trung
W	376	Xã	Kim Tân
W	376	Xã	Kim Đông
W	376	Xã	Kim Định
W	376	Xã	Lai Thành
W	376	Xã	Như Hòa
W	376	Xã	Quang Thiện
W	376	Xã	Thượng Kiệm
W	376	Xã	Tân Thành
W	376	Xã	Văn Hải
W	376	Xã	Xuân Chính
W	376	Xã	Yên Lộc
W	376	Xã	Ân Hòa
W	376	Xã	Định Hóa
W	376	Xã	Đồng Hướng
W	377	Thị trấn	Yên Thịnh
W	377	Xã	Khánh Dương
W	377	Xã	Khánh Thượng
W	377	Xã	Yên Hòa
W	377	Xã	Yên Lâm
W	377	Xã	Yên Mạc
W	377	Xã	Yên Mỹ
W	377	Xã	Yên Nhân
W	377	Xã	Yên Phong
W	377	Xã	Yên Thành
W	377	Xã	Yên Thái
W	377	Xã	Yên Thắng
W	377	Xã	Yên Từ
W	377	Xã	Yên Đồng
W	380	Phường	An Hưng
W	380	Phường	Ba Đình
W	380	Phường	Hoằng Quang
W	380	Phường	Hoằng Đại
W	380	Phường	Hàm Rồng
W	380	Phường	Lam Sơn
W	380	Phường	Long Anh
W	380	Phường	Nam Ngạn
W	380	Phường	Ngọc Trạo
W	380	Phường	Phú Sơn
W	380	Phường	Quảng Cát
W	380	Phường	Quảng Hưng
W	380	Phường	Quảng Phú
W	380	Phường	Quảng Thành
W	380	Phường	Quảng Thắng
W	380	Phường	Quảng Thịnh
W	380	Phường	Quảng Tâm
W	380	Phường	Quảng Đông
W	380	Phường	Rừng Thông
W	380	Phường	Thiệu Dương
W	380	Phường	Thiệu Khánh
W	380	Phường	Trường Thi
W	380	Phường	Tào Xuyên
W	380	Phường	Điện Biên
W	380	Phường	Đông Cương
W	380	Phường	Đông Hương
W	380	Phường	Đông Hải
W	380	Phường	Đông Lĩnh
W	380	Phường	Đông Sơn
W	380	Phường	Đông Thịnh
W	380	Phường	Đông Thọ
W	380	Phường	Đông Tân
W	380	Phường	Đông Vệ
W	380	Xã	Thiệu Vân
W	380	Xã	Đông Hoàng
W	380	Xã	Đông Hòa
W	380	Xã	Đông Khê
W	380	Xã	Đông Minh
W	380	Xã	Đông Nam
W	380	Xã	Đông Ninh
W	380	Xã	Đông Phú
W	380	Xã	Đông Quang
W	380	Xã	Đông Thanh
W	380	Xã	Đông Tiến
W	380	Xã	Đông Vinh
W	380	Xã	Đông Văn
W	380	Xã	Đông Yên
W	381	Phường	Ba Đình
W	381	Phường	Bắc Sơn
W	381	Phường	Lam Sơn
W	381	Phường	Ngọc Trạo
W	381	Phường	Phú Sơn
W	381	Phường	Đông Sơn
W	381	Xã	Quang Trung
W	382	Phường	Bắc Sơn
W	382	Phường	Quảng Châu
W	382	Phường	Quảng Cư
W	382	Phường	Quảng Thọ
W	382	Phường	Quảng Tiến
W	382	Phường	Quảng Vinh
W	382	Phường	Trung Sơn
W	382	Phường	Trường Sơn
W	382	Xã	Quảng Minh
W	382	Xã	Đại Hùng
W	384	Thị trấn	Mường Lát
W	384	Xã	Mường Chanh
W	384	Xã	Mường Lý
W	384	Xã	Nhi Sơn
W	384	Xã	Pù Nhi
W	384	Xã	Quang Chiểu
W	384	Xã	Tam Chung
W	384	Xã	Trung Lý
W	385	Thị trấn	Hồi Xuân
W	385	Xã	Hiền Chung
W	385	Xã	Hiền Kiệt
W	385	Xã	Nam Tiến
W	385	Xã	Nam Xuân
W	385	Xã	Nam Động
W	385	Xã	Phú Lệ
W	385	Xã	Phú Nghiêm
W	385	Xã	Phú Sơn
W	385	Xã	Phú Thanh
W	385	Xã	Phú Xuân
W	385	Xã	Thiên Phủ
W	385	Xã	Thành Sơn
W	385	Xã	Trung Sơn
W	385	Xã	Trung Thành
W	386	Thị trấn	Cành Nàng
W	386	Xã	Ban Công
W	386	Xã	Cổ Lũng
W	386	Xã	Hạ Trung
W	386	Xã	Kỳ Tân
W	386	Xã	Lũng Cao
W	386	Xã	Lũng Niêm
W	386	Xã	Lương Ngoại
W	386	Xã	Lương Nội
W	386	Xã	Lương Trung
W	386	Xã	Thiết Kế
W	386	Xã	Thiết Ống
W	386	Xã	Thành Lâm
W	386	Xã	Thành Sơn
W	386	Xã	Văn Nho
W	386	Xã	Ái Thượng
W	386	Xã	Điền Hạ
W	386	Xã	Điền Lư
W	386	Xã	Điền Quang
W	386	Xã	Điền Thượng
W	386	Xã	Điền Trung
W	387	Thị trấn	Sơn Lư
W	387	Xã	Mường Mìn
W	387	Xã	Na Mèo
W	387	Xã	Sơn Hà
W	387	Xã	Sơn Thủy
W	387	Xã	Sơn Điện
W	387	Xã	Tam Lư
W	387	Xã	Tam Thanh
W	387	Xã	Trung Hạ
W	387	Xã	Trung Thượng
W	387	Xã	Trung Tiến
W	387	Xã	Trung Xuân
W	388	Thị trấn	Lang Chánh
W	388	Xã	Giao An
W	388	Xã	Giao Thiện
W	388	Xã	Lâm Phú
W	388	Xã	Tam Văn
W	388	Xã	Trí Nang
W	388	Xã	Tân Phúc
W	388	Xã	Yên Khương
W	388	Xã	Yên Thắng
W	388	Xã	Đồng Lương
W	389	Xã	Cao Ngọc
W	389	Xã	Cao Thịnh
W	389	Xã	Kiên Thọ
W	389	Xã	Lam Sơn
W	389	Xã	Lộc Thịnh
W	389	Xã	Minh Sơn
W	389	Xã	Minh Tiến
W	389	Xã	Mỹ Tân
W	389	Xã	Nguyệt Ấn
W	389	Xã	Ngọc Liên
W	389	Xã	Ngọc Lặc
W	389	Xã	Ngọc Sơn
W	389	Xã	Ngọc Trung
W	389	Xã	Phùng Giáo
W	389	Xã	Phùng Minh
W	389	Xã	Phúc Thịnh
W	389	Xã	Quang Trung
W	389	Xã	Thúy Sơn
W	389	Xã	Thạch Lập
W	389	Xã	Vân Am
W	389	Xã	Đồng Thịnh
W	390	Thị trấn	Phong Sơn
W	390	Xã	Cẩm Bình
W	390	Xã	Cẩm Châu
W	390	Xã	Cẩm Giang
W	390	Xã	Cẩm Liên
W	390	Xã	Cẩm Long
W	390	Xã	Cẩm Lương
W	390	Xã	Cẩm Ngọc
W	390	Xã	Cẩm Phú
W	390	Xã	Cẩm Quý
W	390	Xã	Cẩm Thành
W	390	Xã	Cẩm Thạch
W	390	Xã	Cẩm Tâm
W	390	Xã	Cẩm Tân
W	390	Xã	Cẩm Tú
W	390	Xã	Cẩm Vân
W	390	Xã	Cẩm Yên
W	391	Thị trấn	Kim Tân
W	391	Thị trấn	Vân Du
W	391	Xã	Ngọc Trạo
W	391	Xã	Thành An
W	391	Xã	Thành Công
W	391	Xã	Thành Hưng
W	391	Xã	Thành Long
W	391	Xã	Thành Minh
W	391	Xã	Thành Mỹ
W	391	Xã	Thành Thọ
W	391	Xã	Thành Tiến
W	391	Xã	Thành Trực
W	391	Xã	Thành Tâm
W	391	Xã	Thành Tân
W	391	Xã	Thành Vinh
W	391	Xã	Thành Yên
W	391	Xã	Thạch Bình
W	391	Xã	Thạch Cẩm
W	391	Xã	Thạch Long
W	391	Xã	Thạch Lâm
W	391	Xã	Thạch Quảng
W	391	Xã	Thạch Sơn
W	391	Xã	Thạch Tượng
W	391	Xã	Thạch Định
W	392	Thị trấn	Hà Long
W	392	Thị trấn	Hà Lĩnh
W	392	Thị trấn	Hà Trung
W	392	Xã	Hoạt Giang
W	392	Xã	Hà Bình
W	392	Xã	Hà Bắc
W	392	Xã	Hà Châu
W	392	Xã	Hà Giang
W	392	Xã	Hà Hải
W	392	Xã	Hà Ngọc
W	392	Xã	Hà Sơn
W	392	Xã	Hà Tiến
W	392	Xã	Hà Tân
W	392	Xã	Hà Vinh
W	392	Xã	Hà Đông
W	392	Xã	Lĩnh Toại
W	392	Xã	Thái Lai
W	392	Xã	Yên Dương
W	392	Xã	Yến Sơn
W	393	Thị trấn	Vĩnh Lộc
W	393	Xã	Minh Tân
W	393	Xã	Ninh Khang
W	393	Xã	Vĩnh An
W	393	Xã	Vĩnh Hòa
W	393	Xã	Vĩnh Hùng
W	393	Xã	Vĩnh Hưng
W	393	Xã	Vĩnh Long
W	393	Xã	Vĩnh Phúc
W	393	Xã	Vĩnh Quang
W	393	Xã	Vĩnh Thịnh
W	393	Xã	Vĩnh Tiến
W	393	Xã	Vĩnh Yên
W	394	Thị trấn	Quán Lào
W	394	Thị trấn	Quý Lộc
W	394	Thị trấn	Thống Nhất
W	394	Thị trấn	Yên Lâm
W	394	Xã	Yên Hùng
W	394	Xã	Yên Ninh
W	394	Xã	Yên Phong
W	394	Xã	Yên Phú
W	394	Xã	Yên Thái
W	394	Xã	Yên Thịnh
W	394	Xã	Yên Thọ
W	394	Xã	Yên Trung
W	394	Xã	Yên Trường
W	394	Xã	Yên Tâm
W	394	Xã	Định Bình
W	394	Xã	Định Công
W	394	Xã	Định Hòa
W	394	Xã	Định Hưng
W	394	Xã	Định Hải
W	394	Xã	Định Liên
W	394	Xã	Định Long
W	394	Xã	Định Thành
W	394	Xã	Định Tiến
W	394	Xã	Định Tân
W	394	Xã	Định Tăng
W	395	Thị trấn	Lam Sơn
W	395	Thị trấn	Sao Vàng
W	395	Thị trấn	Thọ Xuân
W	395	Xã	Bắc Lương
W	395	Xã	Nam Giang
W	395	Xã	Phú Xuân
W	395	Xã	Quảng Phú
W	395	Xã	Thuận Minh
W	395	Xã	Thọ Diên
W	395	Xã	Thọ Hải
W	395	Xã	Thọ Lâm
W	395	Xã	Thọ Lập
W	395	Xã	Thọ Lộc
W	395	Xã	Thọ Xương
W	395	Xã	Trường Xuân
W	395	Xã	Tây Hồ
W	395	Xã	Xuân Bái
W	395	Xã	Xuân Giang
W	395	Xã	Xuân Hòa
W	395	Xã	Xuân Hưng
W	395	Xã	Xuân Hồng
W	395	Xã	Xuân Lai
W	395	Xã	Xuân Lập
W	395	Xã	Xuân Minh
W	395	Xã	Xuân Phong
W	395	Xã	Xuân Phú
W	395	Xã	Xuân Sinh
W	395	Xã	Xuân Thiên
W	395	Xã	Xuân Trường
W	395	Xã	Xuân Tín
W	396	Thị trấn	Thường Xuân
W	396	Xã	Bát Mọt
W	396	Xã	Luận Khê
W	396	Xã	Luận Thành
W	396	Xã	Lương Sơn
W	396	Xã	Ngọc Phụng
W	396	Xã	Thọ Thanh
W	396	Xã	Tân Thành
W	396	Xã	Vạn Xuân
W	396	Xã	Xuân Cao
W	396	Xã	Xuân Chinh
W	396	Xã	Xuân Dương
W	396	Xã	Xuân Lẹ
W	396	Xã	Xuân Lộc
W	396	Xã	Xuân Thắng
W	396	Xã	Yên Nhân
W	397	Thị trấn	Nưa
W	397	Thị trấn	Triệu Sơn
W	397	Xã	An Nông
W	397	Xã	Bình Sơn
W	397	Xã	Dân Lý
W	397	Xã	Dân Lực
W	397	Xã	Dân Quyền
W	397	Xã	Hợp Lý
W	397	Xã	Hợp Thành
W	397	Xã	Hợp Thắng
W	397	Xã	Hợp Tiến
W	397	Xã	Khuyến Nông
W	397	Xã	Minh Sơn
W	397	Xã	Nông Trường
W	397	Xã	Thái Hòa
W	397	Xã	Thọ Bình
W	397	Xã	Thọ Cường
W	397	Xã	Thọ Dân
W	397	Xã	Thọ Ngọc
W	397	Xã	Thọ Phú
W	397	Xã	Thọ Sơn
W	397	Xã	Thọ Thế
W	397	Xã	Thọ Tiến
W	397	Xã	Thọ Tân
W	397	Xã	Tiến Nông
W	397	Xã	Triệu Thành
W	397	Xã	Vân Sơn
W	397	Xã	Xuân Lộc
W	397	Xã	Xuân Thọ
W	397	Xã	Đồng Lợi
W	397	Xã	Đồng Thắng
W	397	Xã	Đồng Tiến
W	398	Thị trấn	Hậu Hiền
W	398	Thị trấn	Thiệu Hóa
W	398	Xã	Thiệu Chính
W	398	Xã	Thiệu Công
W	398	Xã	Thiệu Duy
W	398	Xã	Thiệu Giang
W	398	Xã	Thiệu Giao
W	398	Xã	Thiệu Hòa
W	398	Xã	Thiệu Hợp
W	398	Xã	Thiệu Long
W	398	Xã	Thiệu Lý
W	398	Xã	Thiệu Nguyên
W	398	Xã	Thiệu Ngọc
W	398	Xã	Thiệu Phúc
W	398	Xã	Thiệu Quang
W	398	Xã	Thiệu Thành
W	398	Xã	Thiệu Thịnh
W	398	Xã	Thiệu Tiến
W	398	Xã	Thiệu Toán
W	398	Xã	Thiệu Trung
W	398	Xã	Thiệu Viên
W	398	Xã	Thiệu Vũ
W	398	Xã	Thiệu Vận
W	398	Xã	Tân Châu
W	399	Thị trấn	Bút Sơn
W	399	Xã	Hoằng Châu
W	399	Xã	Hoằng Cát
W	399	Xã	Hoằng Giang
W	399	Xã	Hoằng Hà
W	399	Xã	Hoằng Hải
W	399	Xã	Hoằng Hợp
W	399	Xã	Hoằng Kim
W	399	Xã	Hoằng Lưu
W	399	Xã	Hoằng Lộc
W	399	Xã	Hoằng Ngọc
W	399	Xã	Hoằng Phong
W	399	Xã	Hoằng Phú
W	399	Xã	Hoằng Phụ
W	399	Xã	Hoằng Quý
W	399	Xã	Hoằng Quỳ
W	399	Xã	Hoằng Sơn
W	399	Xã	Hoằng Thanh
W	399	Xã	Hoằng Thành
W	399	Xã	Hoằng Thái
W	399	Xã	Hoằng Thắng
W	399	Xã	Hoằng Thịnh
W	399	Xã	Hoằng Tiến
W	399	Xã	Hoằng Trinh
W	399	Xã	Hoằng Trung
W	399	Xã	Hoằng Trường
W	399	Xã	Hoằng Trạch
W	399	Xã	Hoằng Tân
W	399	Xã	Hoằng Xuyên
W	399	Xã	Hoằng Xuân
W	399	Xã	Hoằng Yến
W	399	Xã	Hoằng Đông
W	399	Xã	Hoằng Đạo
W	399	Xã	Hoằng Đạt
W	399	Xã	Hoằng Đồng
W	399	Xã	Hoằng Đức
W	400	Thị trấn	Hậu Lộc
W	400	Xã	Cầu Lộc
W	400	Xã	Hoa Lộc
W	400	Xã	Hòa Lộc
W	400	Xã	Hưng Lộc
W	400	Xã	Hải Lộc
W	400	Xã	Liên Lộc
W	400	Xã	Lộc Sơn
W	400	Xã	Minh Lộc
W	400	Xã	Mỹ Lộc
W	400	Xã	Ngư Lộc
W	400	Xã	Phú Lộc
W	400	Xã	Quang Lộc
W	400	Xã	Thuần Lộc
W	400	Xã	Thành Lộc
W	400	Xã	Tiến Lộc
W	400	Xã	Triệu Lộc
W	400	Xã	Tuy Lộc
W	400	Xã	Xuân Lộc
W	400	Xã	Đa Lộc
W	400	Xã	Đại Lộc
W	400	Xã	Đồng Lộc
W	401	Thị trấn	Nga Sơn
W	401	Xã	Ba Đình
W	401	Xã	Nga An
W	401	Xã	Nga Giáp
W	401	Xã	Nga Hiệp
W	401	Xã	Nga Hải
W	401	Xã	Nga Liên
W	401	Xã	Nga Phú
W	401	Xã	Nga Phượng
W	401	Xã	Nga Thanh
W	401	Xã	Nga Thiện
W	401	Xã	Nga Thành
W	401	Xã	Nga Thái
W	401	Xã	Nga Thạch
W	401	Xã	Nga Thắng
W	401	Xã	Nga Thủy
W	401	Xã	Nga Tiến
W	401	Xã	Nga Trường
W	401	Xã	Nga Tân
W	401	Xã	Nga Văn
W	401	Xã	Nga Vịnh
W	401	Xã	Nga Yên
W	401	Xã	Nga Điền
W	402	Thị trấn	Yên Cát
W	402	Xã	Bãi Trành
W	402	Xã	Bình Lương
W	402	Xã	Cát Tân
W	402	Xã	Cát Vân
W	402	Xã	Hóa Quỳ
W	402	Xã	Thanh Hòa
W	402	Xã	Thanh Lâm
W	402	Xã	Thanh Phong
W	402	Xã	Thanh Quân
W	402	Xã	Thanh Sơn
W	402	Xã	Thanh Xuân
W	402	Xã	Thượng Ninh
W	402	Xã	Tân Bình
W	402	Xã	Xuân Bình
W	402	Xã	Xuân Hòa
W	403	Thị trấn	Bến Sung
W	403	Xã	Cán Khê
W	403	Xã	Hải Long
W	403	Xã	Mậu Lâm
W	403	Xã	Phú Nhuận
W	403	Xã	Phượng Nghi
W	403	Xã	Thanh Kỳ
W	403	Xã	Thanh Tân
W	403	Xã	Xuân Du
W	403	Xã	Xuân Khang
W	403	Xã	Xuân Phúc
W	403	Xã	Xuân Thái
W	403	Xã	Yên Lạc
W	403	Xã	Yên Thọ
W	404	Thị trấn	Nông Cống
W	404	Xã	Công Chính
W	404	Xã	Công Liêm
W	404	Xã	Hoàng Giang
W	404	Xã	Hoàng Sơn
W	404	Xã	Minh Khôi
W	404	Xã	Minh Nghĩa
W	404	Xã	Thăng Bình
W	404	Xã	Thăng Long
W	404	Xã	Thăng Thọ
W	404	Xã	Trung Chính
W	404	Xã	Trung Thành
W	404	Xã	Trường Giang
W	404	Xã	Trường Minh
W	404	Xã	Trường Sơn
W	404	Xã	Trường Trung
W	404	Xã	Tân Khang
W	404	Xã	Tân Phúc
W	404	Xã	Tân Thọ
W	404	Xã	Tượng Lĩnh
W	404	Xã	Tượng Sơn
W	404	Xã	Tượng Văn
W	404	Xã	Tế Lợi
W	404	Xã	Tế Nông
W	404	Xã	Tế Thắng
W	404	Xã	Vạn Hòa
W	404	Xã	Vạn Thiện
W	404	Xã	Vạn Thắng
W	404	Xã	Yên Mỹ
W	406	Thị trấn	Tân Phong
W	406	Xã	Quảng Bình
W	406	Xã	Quảng Chính
W	406	Xã	Quảng Giao
W	406	Xã	Quảng Hòa
W	406	Xã	Quảng Hải
W	406	Xã	Quảng Hợp
W	406	Xã	Quảng Khê
W	406	Xã	Quảng Long
W	406	Xã	Quảng Lưu
W	406	Xã	Quảng Lộc
W	406	Xã	Quảng Ngọc
W	406	Xã	Quảng Nham
W	406	Xã	Quảng Nhân
W	406	Xã	Quảng Ninh
W	406	Xã	Quảng Phúc
W	406	Xã	Quảng Thái
W	406	Xã	Quảng Thạch
W	406	Xã	Quảng Trung
W	406	Xã	Quảng Trường
W	406	Xã	Quảng Trạch
W	406	Xã	Quảng Văn
W	406	Xã	Quảng Yên
W	406	Xã	Quảng Định
W	406	Xã	Quảng Đức
W	406	Xã	Tiên Trang
W	407	Phường	Bình Minh
W	407	Phường	Hải An
W	407	Phường	Hải Bình
W	407	Phường	Hải Châu
W	407	Phường	Hải Hòa
W	407	Phường	Hải Lĩnh
W	407	Phường	Hải Ninh
W	407	Phường	Hải Thanh
W	407	Phường	Hải Thượng
W	407	Phường	Mai Lâm
W	407	Phường	Nguyên Bình
W	407	Phường	Ninh Hải
W	407	Phường	Trúc Lâm
W	407	Phường	Tân Dân
W	407	Phường	Tĩnh Hải
W	407	Phường	Xuân Lâm
W	407	Xã	Anh Sơn
W	407	Xã	Các Sơn
W	407	Xã	Hải Hà
W	407	Xã	Hải Nhân
W	407	Xã	Nghi Sơn
W	407	Xã	Ngọc Lĩnh
W	407	Xã	Phú Lâm
W	407	Xã	Phú Sơn
W	407	Xã	Thanh Sơn
W	407	Xã	Thanh Thủy
W	407	Xã	Trường Lâm
W	407	Xã	Tân Trường
W	407	Xã	Tùng Lâm
W	407	Xã	Định Hải
W	412	Phường	Bến Thủy
W	412	Phường	Cửa Nam
W	412	Phường	Hà Huy Tập
W	412	Phường	Hưng Bình
W	412	Phường	Hưng Dũng
W	412	Phường	Hưng Lộc
W	412	Phường	Hưng Phúc
W	412	Phường	Hưng Đông
W	412	Phường	Lê Lợi
W	412	Phường	Nghi Hòa
W	412	Phường	Nghi Hương
W	412	Phường	Nghi Hải
W	412	Phường	Nghi Phú
W	412	Phường	Nghi Thu
W	412	Phường	Nghi Thủy
W	412	Phường	Nghi Tân
W	412	Phường	Nghi Đức
W	412	Phường	Quang Trung
W	412	Phường	Quán Bàu
W	412	Phường	Thu Thủy
W	412	Phường	Trung Đô
W	412	Phường	Trường Thi
W	412	Phường	Vinh Tân
W	412	Phường	Đông Vĩnh
W	412	Xã	Hưng Chính
W	412	Xã	Hưng Hòa
W	412	Xã	Nghi Kim
W	412	Xã	Nghi Liên
W	412	Xã	Nghi Phong
W	412	Xã	Nghi Thái
W	412	Xã	Nghi Xuân
W	412	Xã	Nghi Ân
W	412	Xã	Phúc Thọ
W	414	Phường	Hòa Hiếu
W	414	Phường	Long Sơn
W	414	Phường	Quang Phong
W	414	Phường	Quang Tiến
W	414	Xã	Nghĩa Mỹ
W	414	Xã	Nghĩa Thuận
W	414	Xã	Nghĩa Tiến
W	414	Xã	Tây Hiếu
W	414	Xã	Đông Hiếu
W	415	Thị trấn	Kim Sơn
W	415	Xã	Châu Kim
W	415	Xã	Châu Thôn
W	415	Xã	Cắm Muộn
W	415	Xã	Hạnh Dịch
W	415	Xã	Mường Nọc
W	415	Xã	Nậm Giải
W	415	Xã	Nậm Nhoóng
W	415	Xã	Quang Phong
W	415	Xã	Thông Thụ
W	415	Xã	Tiền Phong
W	415	Xã	Tri Lễ
W	415	Xã	Đồng Văn
W	416	Thị trấn	Tân Lạc
W	416	Xã	Châu Bình
W	416	Xã	Châu Bính
W	416	Xã	Châu Hoàn
W	416	Xã	Châu Hạnh
W	416	Xã	Châu Hội
W	416	Xã	Châu Nga
W	416	Xã	Châu Phong
W	416	Xã	Châu Thuận
W	416	Xã	Châu Thắng
W	416	Xã	Châu Tiến
W	416	Xã	Diên Lãm
W	417	Thị trấn	Mường Xén
W	417	Xã	Bảo Nam
W	417	Xã	Bảo Thắng
W	417	Xã	Bắc Lý
W	417	Xã	Chiêu Lưu
W	417	Xã	Huồi Tụ
W	417	Xã	Hữu Kiệm
W	417	Xã	Hữu Lập
W	417	Xã	Keng Đu
W	417	Xã	Mường Lống
W	417	Xã	Mường Típ
W	417	Xã	Mường Ải
W	417	Xã	Mỹ Lý
W	417	Xã	Na Loi
W	417	Xã	Na Ngoi
W	417	Xã	Nậm Càn
W	417	Xã	Nậm Cắn
W	417	Xã	Phà Đánh
W	417	Xã	Tà Cạ
W	417	Xã	Tây Sơn
W	417	Xã	Đoọc Mạy
W	418	Thị trấn	Thạch Giám
W	418	Xã	Hữu Khuông
W	418	Xã	Lưu Kiền
W	418	Xã	Lượng Minh
W	418	Xã	Mai Sơn
W	418	Xã	Nga My
W	418	Xã	Nhôn Mai
W	418	Xã	Tam Hợp
W	418	Xã	Tam Quang
W	418	Xã	Tam Thái
W	418	Xã	Tam Đình
W	418	Xã	Xiêng My
W	418	Xã	Xá Lượng
W	418	Xã	Yên Hòa
W	418	Xã	Yên Na
W	418	Xã	Yên Thắng
W	418	Xã	Yên Tĩnh
W	419	Thị trấn	Nghĩa Đàn
W	419	Xã	Nghĩa An
W	419	Xã	Nghĩa Bình
W	419	Xã	Nghĩa Hưng
W	419	Xã	Nghĩa Hồng
W	419	Xã	Nghĩa Hội
W	419	Xã	Nghĩa Khánh
W	419	Xã	Nghĩa Long
W	419	Xã	Nghĩa Lâm
W	419	Xã	Nghĩa Lạc
W	419	Xã	Nghĩa Lộc
W	419	Xã	Nghĩa Lợi
W	419	Xã	Nghĩa Mai
W	419	Xã	Nghĩa Minh
W	419	Xã	Nghĩa Sơn
W	419	Xã	Nghĩa Thành
W	419	Xã	Nghĩa Thọ
W	419	Xã	Nghĩa Trung
W	419	Xã	Nghĩa Yên
W	419	Xã	Nghĩa Đức
W	420	Thị trấn	Quỳ Hợp
W	420	Xã	Bắc Sơn
W	420	Xã	Châu Cường
W	420	Xã	Châu Hồng
W	420	Xã	Châu Lý
W	420	Xã	Châu Lộc
W	420	Xã	Châu Quang
W	420	Xã	Châu Thành
W	420	Xã	Châu Thái
W	420	Xã	Châu Tiến
W	420	Xã	Châu Đình
W	420	Xã	Hạ Sơn
W	420	Xã	Liên Hợp
W	420	Xã	Minh Hợp
W	420	Xã	Nam Sơn
W	420	Xã	Nghĩa Xuân
W	420	Xã	Tam Hợp
W	420	Xã	Thọ Hợp
W	420	Xã	Văn Lợi
W	420	Xã	Yên Hợp
W	420	Xã	Đồng Hợp
W	421	Thị trấn	Cầu Giát
W	421	Xã	An Hòa
W	421	Xã	Bình Sơn
W	421	Xã	Minh Lương
W	421	Xã	Ngọc Sơn
W	421	Xã	Phú Nghĩa
W	421	Xã	Quỳnh Bảng
W	421	Xã	Quỳnh Châu
W	421	Xã	Quỳnh Diễn
W	421	Xã	Quỳnh Giang
W	421	Xã	Quỳnh Hậu
W	421	Xã	Quỳnh Lâm
W	421	Xã	Quỳnh Sơn
W	421	Xã	Quỳnh Tam
W	421	Xã	Quỳnh Thanh
W	421	Xã	Quỳnh Thạch
W	421	Xã	Quỳnh Thắng
W	421	Xã	Quỳnh Tân
W	421	Xã	Quỳnh Văn
W	421	Xã	Quỳnh Yên
W	421	Xã	Quỳnh Đôi
W	421	Xã	Thuận Long
W	421	Xã	Tân Sơn
W	421	Xã	Tân Thắng
W	421	Xã	Văn Hải
W	422	Thị trấn	Trà Lân
W	422	Xã	Bình Chuẩn
W	422	Xã	Cam Lâm
W	422	Xã	Chi Khê
W	422	Xã	Châu Khê
W	422	Xã	Lạng Khê
W	422	Xã	Lục Dạ
W	422	Xã	Môn Sơn
W	422	Xã	Mậu Đức
W	422	Xã	Thạch Ngàn
W	422	Xã	Yên Khê
W	422	Xã	Đôn Phục
W	423	Thị trấn	Tân Kỳ
W	423	Xã	Bình Hợp
W	423	Xã	Giai Xuân
W	423	Xã	Hoàn Long
W	423	Xã	Hương Sơn
W	423	Xã	Kỳ Sơn
W	423	Xã	Kỳ Tân
W	423	Xã	Nghĩa Dũng
W	423	Xã	Nghĩa Hành
W	423	Xã	Nghĩa Phúc
W	423	Xã	Nghĩa Thái
W	423	Xã	Nghĩa Đồng
W	423	Xã	Phú Sơn
W	423	Xã	Tiên Kỳ
W	423	Xã	Tân An
W	423	Xã	Tân Hương
W	423	Xã	Tân Hợp
W	423	Xã	Tân Phú
W	423	Xã	Tân Xuân
W	423	Xã	Đồng Văn
W	424	Thị trấn	Kim Nhan
W	424	Xã	Bình Sơn
W	424	Xã	Cao Sơn
W	424	Xã	Cẩm Sơn
W	424	Xã	Hoa Sơn
W	424	Xã	Hùng Sơn
W	424	Xã	Hội Sơn
W	424	Xã	Khai Sơn
W	424	Xã	Long Sơn
W	424	Xã	Lĩnh Sơn
W	424	Xã	Lạng Sơn
W	424	Xã	Phúc Sơn
W	424	Xã	Tam Đỉnh
W	424	Xã	Thành Sơn
W	424	Xã	Thọ Sơn
W	424	Xã	Tào Sơn
W	424	Xã	Tường Sơn
W	424	Xã	Vĩnh Sơn
W	424	Xã	Đức Sơn
W	425	Thị trấn	Diễn Thành
W	425	Xã	Diễn An
W	425	Xã	Diễn Cát
W	425	Xã	Diễn Hoa
W	425	Xã	Diễn Hoàng
W	425	Xã	Diễn Hồng
W	425	Xã	Diễn Kim
W	425	Xã	Diễn Kỷ
W	425	Xã	Diễn Liên
W	425	Xã	Diễn Lâm
W	425	Xã	Diễn Lộc
W	425	Xã	Diễn Lợi
W	425	Xã	Diễn Mỹ
W	425	Xã	Diễn Nguyên
W	425	Xã	Diễn Phong
W	425	Xã	Diễn Phú
W	425	Xã	Diễn Phúc
W	425	Xã	Diễn Thái
W	425	Xã	Diễn Thịnh
W	425	Xã	Diễn Thọ
W	425	Xã	Diễn Trung
W	425	Xã	Diễn Trường
W	425	Xã	Diễn Tân
W	425	Xã	Diễn Vạn
W	425	Xã	Diễn Yên
W	425	Xã	Diễn Đoài
W	425	Xã	Diễn Đồng
W	425	Xã	Hùng Hải
W	425	Xã	Hạnh Quảng
W	425	Xã	Minh Châu
W	425	Xã	Ngọc Bích
W	425	Xã	Xuân Tháp
W	426	Thị trấn	Hoa Thành
W	426	Xã	Bảo Thành
W	426	Xã	Bắc Thành
W	426	Xã	Hậu Thành
W	426	Xã	Kim Thành
W	426	Xã	Liên Thành
W	426	Xã	Long Thành
W	426	Xã	Lăng Thành
W	426	Xã	Minh Thành
W	426	Xã	Mã Thành
W	426	Xã	Mỹ Thành
W	426	Xã	Nam Thành
W	426	Xã	Phú Thành
W	426	Xã	Phúc Thành
W	426	Xã	Quang Thành
W	426	Xã	Sơn Thành
W	426	Xã	Thịnh Thành
W	426	Xã	Thọ Thành
W	426	Xã	Tiến Thành
W	426	Xã	Trung Thành
W	426	Xã	Tân Thành
W	426	Xã	Tây Thành
W	426	Xã	Tăng Thành
W	426	Xã	Viên Thành
W	426	Xã	Vân Tụ
W	426	Xã	Văn Thành
W	426	Xã	Vĩnh Thành
W	426	Xã	Xuân Thành
W	426	Xã	Đô Thành
W	426	Xã	Đông Thành
W	426	Xã	Đồng Thành
W	426	Xã	Đức Thành
W	427	Thị trấn	Đô Lương
W	427	Xã	Bài Sơn
W	427	Xã	Bạch Ngọc
W	427	Xã	Bắc Sơn
W	427	Xã	Bồi Sơn
W	427	Xã	Giang Sơn Tây
W	427	Xã	Giang Sơn Đông
W	427	Xã	Hiến Sơn
W	427	Xã	Hòa Sơn
W	427	Xã	Hồng Sơn
W	427	Xã	Lưu Sơn
W	427	Xã	Lạc Sơn
W	427	Xã	Minh Sơn
W	427	Xã	Mỹ Sơn
W	427	Xã	Nam Sơn
W	427	Xã	Nhân Sơn
W	427	Xã	Quang Sơn
W	427	Xã	Thuận Sơn
W	427	Xã	Thái Sơn
W	427	Xã	Thượng Sơn
W	427	Xã	Thịnh Sơn
W	427	Xã	Trung Sơn
W	427	Xã	Tràng Sơn
W	427	Xã	Trù Sơn
W	427	Xã	Tân Sơn
W	427	Xã	Văn Sơn
W	427	Xã	Xuân Sơn
W	427	Xã	Yên Sơn
W	427	Xã	Đà Sơn
W	427	Xã	Đông Sơn
W	427	Xã	Đại Sơn
W	427	Xã	Đặng Sơn
W	428	Thị trấn	Dùng
W	428	Xã	Cát Văn
W	428	Xã	Hạnh Lâm
W	428	Xã	Kim Bảng
W	428	Xã	Mai Giang
W	428	Xã	Minh Sơn
W	428	Xã	Minh Tiến
W	428	Xã	Ngọc Lâm
W	428	Xã	Ngọc Sơn
W	428	Xã	Phong Thịnh
W	428	Xã	Thanh An
W	428	Xã	Thanh Hà
W	428	Xã	Thanh Hương
W	428	Xã	Thanh Liên
W	428	Xã	Thanh Lâm
W	428	Xã	Thanh Mỹ
W	428	Xã	Thanh Ngọc
W	428	Xã	Thanh Phong
W	428	Xã	Thanh Quả
W	428	Xã	Thanh Sơn
W	428	Xã	Thanh Thịnh
W	428	Xã	Thanh Thủy
W	428	Xã	Thanh Tiên
W	428	Xã	Thanh Tùng
W	428	Xã	Thanh Xuân
W	428	Xã	Thanh Đức
W	428	Xã	Xuân Dương
W	428	Xã	Đại Đồng
W	428	Xã	Đồng Văn
W	429	Thị trấn	Quán Hành
W	429	Xã	Diên Hoa
W	429	Xã	Khánh Hợp
W	429	Xã	Nghi Công Bắc
W	429	Xã	Nghi Công Nam
W	429	Xã	Nghi Hưng
W	429	Xã	Nghi Kiều
W	429	Xã	Nghi Long
W	429	Xã	Nghi Lâm
W	429	Xã	Nghi Mỹ
W	429	Xã	Nghi Phương
W	429	Xã	Nghi Quang
W	429	Xã	Nghi Thiết
W	429	Xã	Nghi Thuận
W	429	Xã	Nghi Thạch
W	429	Xã	Nghi Tiến
W	429	Xã	Nghi Trung
W	429	Xã	Nghi Văn
W	429	Xã	Nghi Vạn
W	429	Xã	Nghi Xá
W	429	Xã	Nghi Yên
W	429	Xã	Nghi Đồng
W	429	Xã	Thịnh Trường
W	430	Thị trấn	Nam Đàn
W	430	Xã	Hùng Tiến
W	430	Xã	Khánh Sơn
W	430	Xã	Kim Liên
W	430	Xã	Nam Anh
W	430	Xã	Nam Cát
W	430	Xã	Nam Giang
W	430	Xã	Nam Hưng
W	430	Xã	Nam Kim
W	430	Xã	Nam Lĩnh
W	430	Xã	Nam Thanh
W	430	Xã	Nam Xuân
W	430	Xã	Nghĩa Thái
W	430	Xã	Thượng Tân Lộc
W	430	Xã	Trung Phúc Cường
W	430	Xã	Xuân Hòa
W	430	Xã	Xuân Hồng
W	431	Thị trấn	Hưng Nguyên
W	431	Xã	Châu Nhân
W	431	Xã	Hưng Lĩnh
W	431	Xã	Hưng Nghĩa
W	431	Xã	Hưng Thành
W	431	Xã	Hưng Trung
W	431	Xã	Hưng Tây
W	431	Xã	Hưng Yên Bắc
W	431	Xã	Hưng Yên Nam
W	431	Xã	Hưng Đạo
W	431	Xã	Long Xá
W	431	Xã	Phúc Lợi
W	431	Xã	Thông Tân
W	431	Xã	Thịnh Mỹ
W	431	Xã	Xuân Lam
W	432	Phường	Mai Hùng
W	432	Phường	Quỳnh Dị
W	432	Phường	Quỳnh Phương
W	432	Phường	Quỳnh Thiện
W	432	Phường	Quỳnh Xuân
W	432	Xã	Quỳnh Liên
W	432	Xã	Quỳnh Lập
W	432	Xã	Quỳnh Lộc
W	432	Xã	Quỳnh Trang
W	432	Xã	Quỳnh Vinh
W	436	Phường	Bắc Hà
W	436	Phường	Hà Huy Tập
W	436	Phường	Nam Hà
W	436	Phường	Thạch Hưng
W	436	Phường	Thạch Hạ
W	436	Phường	Thạch Quý
W	436	Phường	Thạch Trung
W	436	Phường	Trần Phú
W	436	Phường	Tân Giang
W	436	Phường	Văn Yên
W	436	Phường	Đại Nài
W	436	Phường	Đồng Môn
W	436	Xã	Cẩm Bình
W	436	Xã	Cẩm Vịnh
W	436	Xã	Hộ Độ
W	436	Xã	Thạch Bình
W	436	Xã	Thạch Hải
W	436	Xã	Thạch Hội
W	436	Xã	Thạch Khê
W	436	Xã	Thạch Lạc
W	436	Xã	Thạch Thắng
W	436	Xã	Thạch Trị
W	436	Xã	Thạch Văn
W	436	Xã	Thạch Đài
W	436	Xã	Tân Lâm Hương
W	436	Xã	Tượng Sơn
W	436	Xã	Đỉnh Bàn
W	437	Phường	Bắc Hồng
W	437	Phường	Nam Hồng
W	437	Phường	Trung Lương
W	437	Phường	Đậu Liêu
W	437	Phường	Đức Thuận
W	437	Xã	Thuận Lộc
W	439	Thị trấn	Phố Châu
W	439	Thị trấn	Tây Sơn
W	439	Xã	An Hòa Thịnh
W	439	Xã	Châu Bình
W	439	Xã	Hàm Trường
W	439	Xã	Kim Hoa
W	439	Xã	Mỹ Long
W	439	Xã	Quang Diệm
W	439	Xã	Sơn Bằng
W	439	Xã	Sơn Giang
W	439	Xã	Sơn Hồng
W	439	Xã	Sơn Kim 1
W	439	Xã	Sơn Kim 2
W	439	Xã	Sơn Lâm
W	439	Xã	Sơn Lĩnh
W	439	Xã	Sơn Lễ
W	439	Xã	Sơn Ninh
W	439	Xã	Sơn Phú
W	439	Xã	Sơn Tiến
W	439	Xã	Sơn Trung
W	439	Xã	Sơn Tây
W	439	Xã	Tân Mỹ Hà
W	440	Thị trấn	Đức Thọ
W	440	Xã	An Dũng
W	440	Xã	Bùi La Nhân
W	440	Xã	Hòa Lạc
W	440	Xã	Liên Minh
W	440	Xã	Lâm Trung Thủy
W	440	Xã	Quang Vĩnh
W	440	Xã	Thanh Bình Thịnh
W	440	Xã	Trường Sơn
W	440	Xã	Tân Dân
W	440	Xã	Tân Hương
W	440	Xã	Tùng Châu
W	440	Xã	Tùng Ảnh
W	440	Xã	Yên Hồ
W	440	Xã	Đức Lạng
W	440	Xã	Đức Đồng
W	441	Thị trấn	Vũ Quang
W	441	Xã	Hương Minh
W	441	Xã	Quang Thọ
W	441	Xã	Thọ Điền
W	441	Xã	Ân Phú
W	441	Xã	Đức Bồng
W	441	Xã	Đức Giang
W	441	Xã	Đức Hương
W	441	Xã	Đức Liên
W	441	Xã	Đức Lĩnh
W	442	Thị trấn	Tiên Điền
W	442	Thị trấn	Xuân An
W	442	Xã	Cương Gián
W	442	Xã	Cổ Đạm
W	442	Xã	Xuân Giang
W	442	Xã	Xuân Hải
W	442	Xã	Xuân Hồng
W	442	Xã	Xuân Hội
W	442	Xã	Xuân Lam
W	442	Xã	Xuân Liên
W	442	Xã	Xuân Lĩnh
W	442	Xã	Xuân Mỹ
W	442	Xã	Xuân Phổ
W	442	Xã	Xuân Thành
W	442	Xã	Xuân Viên
W	442	Xã	Xuân Yên
W	442	Xã	Đan Trường
W	443	Thị trấn	Nghèn
W	443	Thị trấn	Đồng Lộc
W	443	Xã	Gia Hanh
W	443	Xã	Khánh Vĩnh Yên
W	443	Xã	Kim Song Trường
W	443	Xã	Mỹ Lộc
W	443	Xã	Phú Lộc
W	443	Xã	Quang Lộc
W	443	Xã	Sơn Lộc
W	443	Xã	Thanh Lộc
W	443	Xã	Thiên Lộc
W	443	Xã	Thuần Thiện
W	443	Xã	Thường Nga
W	443	Xã	Thượng Lộc
W	443	Xã	Tùng Lộc
W	443	Xã	Vượng Lộc
W	443	Xã	Xuân Lộc
W	444	Thị trấn	Hương Khê
W	444	Xã	Gia Phố
W	444	Xã	Hà Linh
W	444	Xã	Hòa Hải
W	444	Xã	Hương Bình
W	444	Xã	Hương Giang
W	444	Xã	Hương Liên
W	444	Xã	Hương Long
W	444	Xã	Hương Lâm
W	444	Xã	Hương Thủy
W	444	Xã	Hương Trà
W	444	Xã	Hương Trạch
W	444	Xã	Hương Vĩnh
W	444	Xã	Hương Xuân
W	444	Xã	Hương Đô
W	444	Xã	Lộc Yên
W	444	Xã	Phú Gia
W	444	Xã	Phúc Trạch
W	444	Xã	Phúc Đồng
W	444	Xã	Điền Mỹ
W	445	Thị trấn	Lộc Hà
W	445	Thị trấn	Thạch Hà
W	445	Xã	Bình An
W	445	Xã	Hồng Lộc
W	445	Xã	Lưu Vĩnh Sơn
W	445	Xã	Mai Phụ
W	445	Xã	Nam Điền
W	445	Xã	Ngọc Sơn
W	445	Xã	Phù Lưu
W	445	Xã	Thạch Châu
W	445	Xã	Thạch Kim
W	445	Xã	Thạch Kênh
W	445	Xã	Thạch Liên
W	445	Xã	Thạch Long
W	445	Xã	Thạch Mỹ
W	445	Xã	Thạch Ngọc
W	445	Xã	Thạch Sơn
W	445	Xã	Thạch Xuân
W	445	Xã	Thịnh Lộc
W	445	Xã	Tân Lộc
W	445	Xã	Việt Tiến
W	445	Xã	Ích Hậu
W	446	Thị trấn	Cẩm Xuyên
W	446	Thị trấn	Thiên Cầm
W	446	Xã	Cẩm Duệ
W	446	Xã	Cẩm Dương
W	446	Xã	Cẩm Hà
W	446	Xã	Cẩm Hưng
W	446	Xã	Cẩm Lĩnh
W	446	Xã	Cẩm Lạc
W	446	Xã	Cẩm Lộc
W	446	Xã	Cẩm Minh
W	446	Xã	Cẩm Mỹ
W	446	Xã	Cẩm Nhượng
W	446	Xã	Cẩm Quan
W	446	Xã	Cẩm Quang
W	446	Xã	Cẩm Sơn
W	446	Xã	Cẩm Thành
W	446	Xã	Cẩm Thạch
W	446	Xã	Cẩm Thịnh
W	446	Xã	Cẩm Trung
W	446	Xã	Nam Phúc Thăng
W	446	Xã	Yên Hòa
W	447	Thị trấn	Kỳ Đồng
W	447	Xã	Kỳ Bắc
W	447	Xã	Kỳ Châu
W	447	Xã	Kỳ Giang
W	447	Xã	Kỳ Hải
W	447	Xã	Kỳ Khang
W	447	Xã	Kỳ Lạc
W	447	Xã	Kỳ Phong
W	447	Xã	Kỳ Phú
W	447	Xã	Kỳ Sơn
W	447	Xã	Kỳ Thư
W	447	Xã	Kỳ Thượng
W	447	Xã	Kỳ Thọ
W	447	Xã	Kỳ Tiến
W	447	Xã	Kỳ Trung
W	447	Xã	Kỳ Tân
W	447	Xã	Kỳ Tây
W	447	Xã	Kỳ Văn
W	447	Xã	Kỳ Xuân
W	447	Xã	Lâm Hợp
W	449	Phường	Hưng Trí
W	449	Phường	Kỳ Liên
W	449	Phường	Kỳ Long
W	449	Phường	Kỳ Nam
W	449	Phường	Kỳ Ninh
W	449	Phường	Kỳ Phương
W	449	Phường	Kỳ Thịnh
W	449	Phường	Kỳ Trinh
W	449	Xã	Kỳ Hoa
W	449	Xã	Kỳ Hà
W	449	Xã	Kỳ Lợi
W	450	Phường	Bắc Lý
W	450	Phường	Bắc Nghĩa
W	450	Phường	Hải Thành
W	450	Phường	Nam Lý
W	450	Phường	Phú Hải
W	450	Phường	Đồng Hải
W	450	Phường	Đồng Phú
W	450	Phường	Đồng Sơn
W	450	Phường	Đức Ninh Đông
W	450	Xã	Bảo Ninh
W	450	Xã	Lộc Ninh
W	450	Xã	Nghĩa Ninh
W	450	Xã	Quang Phú
W	450	Xã	Thuận Đức
W	450	Xã	Đức Ninh
W	452	Thị trấn	Quy Đạt
W	452	Xã	Dân Hóa
W	452	Xã	Hóa Hợp
W	452	Xã	Hóa Sơn
W	452	Xã	Hồng Hóa
W	452	Xã	Minh Hóa
W	452	Xã	Thượng Hóa
W	452	Xã	Trung Hóa
W	452	Xã	Trọng Hóa
W	452	Xã	Tân Hóa
W	452	Xã	Tân Thành
W	452	Xã	Xuân Hóa
W	452	Xã	Yên Hóa
W	453	Thị trấn	Đồng Lê
W	453	Xã	Cao Quảng
W	453	Xã	Châu Hóa
W	453	Xã	Hương Hóa
W	453	Xã	Kim Hóa
W	453	Xã	Lâm Hóa
W	453	Xã	Lê Hóa
W	453	Xã	Mai Hóa
W	453	Xã	Ngư Hóa
W	453	Xã	Phong Hóa
W	453	Xã	Sơn Hóa
W	453	Xã	Thanh Hóa
W	453	Xã	Thanh Thạch
W	453	Xã	Thuận Hóa
W	453	Xã	Thạch Hóa
W	453	Xã	Tiến Hóa
W	453	Xã	Văn Hóa
W	453	Xã	Đồng Hóa
W	453	Xã	Đức Hóa
W	454	Xã	Cảnh Dương
W	454	Xã	Liên Trường
W	454	Xã	Phù Cảnh
W	454	Xã	Quảng Châu
W	454	Xã	Quảng Hưng
W	454	Xã	Quảng Hợp
W	454	Xã	Quảng Kim
W	454	Xã	Quảng Lưu
W	454	Xã	Quảng Phú
W	454	Xã	Quảng Phương
W	454	Xã	Quảng Thanh
W	454	Xã	Quảng Thạch
W	454	Xã	Quảng Tiến
W	454	Xã	Quảng Tùng
W	454	Xã	Quảng Xuân
W	454	Xã	Quảng Đông
W	455	Thị trấn	Hoàn Lão
W	455	Thị trấn	Nông trường Việt Trung
W	455	Thị trấn	Phong Nha
W	455	Xã	Bắc Trạch
W	455	Xã	Cự Nẫm
W	455	Xã	Hòa Trạch
W	455	Xã	Hưng Trạch
W	455	Xã	Hạ Mỹ
W	455	Xã	Hải Phú
W	455	Xã	Liên Trạch
W	455	Xã	Lâm Trạch
W	455	Xã	Lý Nam
W	455	Xã	Nhân Trạch
W	455	Xã	Phú Định
W	455	Xã	Phúc Trạch
W	455	Xã	Sơn Lộc
W	455	Xã	Thanh Trạch
W	455	Xã	Thượng Trạch
W	455	Xã	Trung Trạch
W	455	Xã	Tân Trạch
W	455	Xã	Tây Trạch
W	455	Xã	Vạn Trạch
W	455	Xã	Xuân Trạch
W	455	Xã	Đại Trạch
W	455	Xã	Đồng Trạch
W	455	Xã	Đức Trạch
W	456	Thị trấn	Quán Hàu
W	456	Xã	An Ninh
W	456	Xã	Duy Ninh
W	456	Xã	Gia Ninh
W	456	Xã	Hiền Ninh
W	456	Xã	Hàm Ninh
W	456	Xã	Hải Ninh
W	456	Xã	Trường Sơn
W	456	Xã	Trường Xuân
W	456	Xã	Tân Ninh
W	456	Xã	Võ Ninh
W	456	Xã	Vĩnh Ninh
W	456	Xã	Vạn Ninh
W	456	Xã	Xuân Ninh
W	457	Thị trấn	Kiến Giang
W	457	Thị trấn	Nông trường Lệ Ninh
W	457	Xã	An Thủy
W	457	Xã	Cam Thủy
W	457	Xã	Dương Thủy
W	457	Xã	Hoa Thủy
W	457	Xã	Hưng Thủy
W	457	Xã	Hồng Thủy
W	457	Xã	Kim Thủy
W	457	Xã	Liên Thủy
W	457	Xã	Lâm Thủy
W	457	Xã	Lộc Thủy
W	457	Xã	Mai Thủy
W	457	Xã	Mỹ Thủy
W	457	Xã	Ngân Thủy
W	457	Xã	Ngư Thủy
W	457	Xã	Ngư Thủy Bắc
W	457	Xã	Phong Thủy
W	457	Xã	Phú Thủy
W	457	Xã	Sen Thủy
W	457	Xã	Sơn Thủy
W	457	Xã	Thanh Thủy
W	457	Xã	Thái Thủy
W	457	Xã	Trường Thủy
W	457	Xã	Tân Thủy
W	457	Xã	Xuân Thủy
W	458	Phường	Ba Đồn
W	458	Phường	Quảng Long
W	458	Phường	Quảng Phong
W	458	Phường	Quảng Phúc
W	458	Phường	Quảng Thuận
W	458	Phường	Quảng Thọ
W	458	Xã	Quảng Hòa
W	458	Xã	Quảng Hải
W	458	Xã	Quảng Lộc
W	458	Xã	Quảng Minh
W	458	Xã	Quảng Sơn
W	458	Xã	Quảng Thủy
W	458	Xã	Quảng Tiên
W	458	Xã	Quảng Trung
W	458	Xã	Quảng Tân
W	458	Xã	Quảng Văn
W	461	Phường	Phường 1
W	461	Phường	Phường 2
W	461	Phường	Phường 3
W	461	Phường	Phường 4
W	461	Phường	Phường 5
W	461	Phường	Đông Giang
W	461	Phường	Đông Lương
W	461	Phường	Đông Lễ
W	461	Phường	Đông Thanh
W	462	Phường	An Đôn
W	462	Phường	Phường 1
W	462	Phường	Phường 2
W	462	Phường	Phường 3
W	462	Xã	Hải Lệ
W	464	Thị trấn	Bến Quan
W	464	Thị trấn	Cửa Tùng
W	464	Thị trấn	Hồ Xá
W	464	Xã	Hiền Thành
W	464	Xã	Kim Thạch
W	464	Xã	Trung Nam
W	464	Xã	Vĩnh Chấp
W	464	Xã	Vĩnh Giang
W	464	Xã	Vĩnh Hà
W	464	Xã	Vĩnh Hòa
W	464	Xã	Vĩnh Khê
W	464	Xã	Vĩnh Long
W	464	Xã	Vĩnh Lâm
W	464	Xã	Vĩnh Sơn
W	464	Xã	Vĩnh Thái
W	464	Xã	Vĩnh Thủy
W	464	Xã	Vĩnh Tú
W	464	Xã	Vĩnh Ô
W	465	Thị trấn	Khe Sanh
W	465	Thị trấn	Lao Bảo
W	465	Xã	A Dơi
W	465	Xã	Ba Tầng
W	465	Xã	Húc
W	465	Xã	Hướng Linh
W	465	Xã	Hướng Lập
W	465	Xã	Hướng Lộc
W	465	Xã	Hướng Phùng
W	465	Xã	Hướng Sơn
W	465	Xã	Hướng Tân
W	465	Xã	Hướng Việt
W	465	Xã	Lìa
W	465	Xã	Thanh
W	465	Xã	Thuận
W	465	Xã	Tân Hợp
W	465	Xã	Tân Liên
W	465	Xã	Tân Long
W	465	Xã	Tân Lập
W	465	Xã	Tân Thành
W	465	Xã	Xy
W	466	Thị trấn	Cửa Việt
W	466	Thị trấn	Gio Linh
W	466	Xã	Gio An
W	466	Xã	Gio Hải
W	466	Xã	Gio Mai
W	466	Xã	Gio Mỹ
W	466	Xã	Gio Quang
W	466	Xã	Gio Sơn
W	466	Xã	Hải Thái
W	466	Xã	Linh Trường
W	466	Xã	Phong Bình
W	466	Xã	Trung Giang
W	466	Xã	Trung Hải
W	466	Xã	Trung Sơn
W	467	Thị trấn	Krông Klang
W	467	Xã	A Bung
W	467	Xã	A Ngo
W	467	Xã	A Vao
W	467	Xã	Ba Lòng
W	467	Xã	Ba Nang
W	467	Xã	Húc Nghì
W	467	Xã	Hướng Hiệp
W	467	Xã	Mò Ó
W	467	Xã	Triệu Nguyên
W	467	Xã	Tà Long
W	467	Xã	Tà Rụt
W	467	Xã	Đakrông
W	468	Thị trấn	Cam Lộ
W	468	Xã	Cam Chính
W	468	Xã	Cam Hiếu
W	468	Xã	Cam Nghĩa
W	468	Xã	Cam Thành
W	468	Xã	Cam Thủy
W	468	Xã	Cam Tuyền
W	468	Xã	Thanh An
W	469	Thị trấn	Ái Tử
W	469	Xã	Triệu Cơ
W	469	Xã	Triệu Giang
W	469	Xã	Triệu Hòa
W	469	Xã	Triệu Long
W	469	Xã	Triệu Phước
W	469	Xã	Triệu Thuận
W	469	Xã	Triệu Thành
W	469	Xã	Triệu Thượng
W	469	Xã	Triệu Trung
W	469	Xã	Triệu Trạch
W	469	Xã	Triệu Tài
W	469	Xã	Triệu Tân
W	469	Xã	Triệu Ái
W	469	Xã	Triệu Đại
W	469	Xã	Triệu Độ
W	470	Thị trấn	Diên Sanh
W	470	Xã	Hải An
W	470	Xã	Hải Bình
W	470	Xã	Hải Chánh
W	470	Xã	Hải Dương
W	470	Xã	Hải Hưng
W	470	Xã	Hải Khê
W	470	Xã	Hải Lâm
W	470	Xã	Hải Phong
W	470	Xã	Hải Phú
W	470	Xã	Hải Quy
W	470	Xã	Hải Sơn
W	470	Xã	Hải Thượng
W	470	Xã	Hải Trường
W	470	Xã	Hải Định
W	474	Phường	An Cựu
W	474	Phường	An Tây
W	474	Phường	An Đông
W	474	Phường	Dương Nỗ
W	474	Phường	Hương Phong
W	474	Phường	Phú Hội
W	474	Phường	Phú Nhuận
W	474	Phường	Phú Thượng
W	474	Phường	Phước Vĩnh
W	474	Phường	Phường Đúc
W	474	Phường	Thuận An
W	474	Phường	Thủy Biều
W	474	Phường	Thủy Bằng
W	474	Phường	Thủy Vân
W	474	Phường	Thủy Xuân
W	474	Phường	Trường An
W	474	Phường	Vĩnh Ninh
W	474	Phường	Vỹ Dạ
W	474	Phường	Xuân Phú
W	475	Phường	An Hòa
W	475	Phường	Gia Hội
W	475	Phường	Hương An
W	475	Phường	Hương Long
W	475	Phường	Hương Sơ
W	475	Phường	Hương Vinh
W	475	Phường	Kim Long
W	475	Phường	Long Hồ
W	475	Phường	Phú Hậu
W	475	Phường	Thuận Hòa
W	475	Phường	Thuận Lộc
W	475	Phường	Tây Lộc
W	475	Phường	Đông Ba
W	476	Phường	Phong An
W	476	Phường	Phong Hiền
W	476	Phường	Phong Hòa
W	476	Phường	Phong Hải
W	476	Phường	Phong Phú
W	476	Phường	Phong Thu
W	476	Xã	Phong Bình
W	476	Xã	Phong Chương
W	476	Xã	Phong Mỹ
W	476	Xã	Phong Sơn
W	476	Xã	Phong Thạnh
W	476	Xã	Phong Xuân
W	477	Thị trấn	Sịa
W	477	Xã	Quảng An
W	477	Xã	Quảng Công
W	477	Xã	Quảng Lợi
W	477	Xã	Quảng Ngạn
W	477	Xã	Quảng Phú
W	477	Xã	Quảng Phước
W	477	Xã	Quảng Thành
W	477	Xã	Quảng Thái
W	477	Xã	Quảng Thọ
W	477	Xã	Quảng Vinh
W	478	Thị trấn	Phú Đa
W	478	Xã	Phú An
W	478	Xã	Phú Diên
W	478	Xã	Phú Gia
W	478	Xã	Phú Hải
W	478	Xã	Phú Hồ
W	478	Xã	Phú Lương
W	478	Xã	Phú Mỹ
W	478	Xã	Phú Thuận
W	478	Xã	Phú Xuân
W	478	Xã	Vinh An
W	478	Xã	Vinh Hà
W	478	Xã	Vinh Thanh
W	478	Xã	Vinh Xuân
W	479	Phường	Phú Bài
W	479	Phường	Thủy Châu
W	479	Phường	Thủy Dương
W	479	Phường	Thủy Lương
W	479	Phường	Thủy Phương
W	479	Xã	Dương Hòa
W	479	Xã	Phú Sơn
W	479	Xã	Thủy Phù
W	479	Xã	Thủy Thanh
W	479	Xã	Thủy Tân
W	480	Phường	Hương Chữ
W	480	Phường	Hương Vân
W	480	Phường	Hương Văn
W	480	Phường	Hương Xuân
W	480	Phường	Tứ Hạ
W	480	Xã	Bình Thành
W	480	Xã	Bình Tiến
W	480	Xã	Hương Bình
W	480	Xã	Hương Toàn
W	481	Thị trấn	A Lưới
W	481	Xã	A Ngo
W	481	Xã	A Roàng
W	481	Xã	Hương Nguyên
W	481	Xã	Hương Phong
W	481	Xã	Hồng Bắc
W	481	Xã	Hồng Hạ
W	481	Xã	Hồng Kim
W	481	Xã	Hồng Thái
W	481	Xã	Hồng Thượng
W	481	Xã	Hồng Thủy
W	481	Xã	Hồng Vân
W	481	Xã	Lâm Đớt
W	481	Xã	Phú Vinh
W	481	Xã	Quảng Nhâm
W	481	Xã	Sơn Thủy
W	481	Xã	Trung Sơn
W	481	Xã	Đông Sơn
W	482	Thị trấn	Khe Tre
W	482	Thị trấn	Lăng Cô
W	482	Thị trấn	Lộc Sơn
W	482	Thị trấn	Phú Lộc
W	482	Xã	Giang Hải
W	482	Xã	Hương Hữu
W	482	Xã	Hương Lộc
W	482	Xã	Hương Phú
W	482	Xã	Hương Sơn
W	482	Xã	Hương Xuân
W	482	Xã	Lộc An
W	482	Xã	Lộc Bình
W	482	Xã	Lộc Bổn
W	482	Xã	Lộc Hòa
W	482	Xã	Lộc Thủy
W	482	Xã	Lộc Tiến
W	482	Xã	Lộc Trì
W	482	Xã	Lộc Vĩnh
W	482	Xã	Lộc Điền
W	482	Xã	Thượng Long
W	482	Xã	Thượng Lộ
W	482	Xã	Thượng Nhật
W	482	Xã	Thượng Quảng
W	482	Xã	Vinh Hiền
W	482	Xã	Vinh Hưng
W	482	Xã	Vinh Mỹ
W	482	Xã	Xuân Lộc
W	490	Phường	Hòa Hiệp Bắc
W	490	Phường	Hòa Hiệp Nam
W	490	Phường	Hòa Khánh Bắc
W	490	Phường	Hòa Khánh Nam
W	490	Phường	Hòa Minh
W	491	Phường	An Khê
W	491	Phường	Chính Gián
W	491	Phường	Thanh Khê Tây
W	491	Phường	Thanh Khê Đông
W	491	Phường	Thạc Gián
W	491	Phường	Xuân Hà
W	492	Phường	Bình Thuận
W	492	Phường	Hòa Cường Bắc
W	492	Phường	Hòa Cường Nam
W	492	Phường	Hòa Thuận Tây
W	492	Phường	Hải Châu
W	492	Phường	Phước Ninh
W	492	Phường	Thanh Bình
W	492	Phường	Thuận Phước
W	492	Phường	Thạch Thang
W	493	Phường	An Hải Bắc
W	493	Phường	An Hải Nam
W	493	Phường	Mân Thái
W	493	Phường	Nại Hiên Đông
W	493	Phường	Phước Mỹ
W	493	Phường	Thọ Quang
W	494	Phường	Hòa Hải
W	494	Phường	Hòa Quý
W	494	Phường	Khuê Mỹ
W	494	Phường	Mỹ An
W	495	Phường	Hòa An
W	495	Phường	Hòa Phát
W	495	Phường	Hòa Thọ Tây
W	495	Phường	Hòa Thọ Đông
W	495	Phường	Hòa Xuân
W	495	Phường	Khuê Trung
W	497	Xã	Hòa Bắc
W	497	Xã	Hòa Châu
W	497	Xã	Hòa Khương
W	497	Xã	Hòa Liên
W	497	Xã	Hòa Nhơn
W	497	Xã	Hòa Ninh
W	497	Xã	Hòa Phong
W	497	Xã	Hòa Phú
W	497	Xã	Hòa Phước
W	497	Xã	Hòa Sơn
W	497	Xã	Hòa Tiến
W	502	Phường	An Mỹ
W	502	Phường	An Phú
W	502	Phường	An Sơn
W	502	Phường	An Xuân
W	502	Phường	Hòa Hương
W	502	Phường	Hòa Thuận
W	502	Phường	Trường Xuân
W	502	Phường	Tân Thạnh
W	502	Xã	Tam Ngọc
W	502	Xã	Tam Phú
W	502	Xã	Tam Thanh
W	502	Xã	Tam Thăng
W	503	Phường	Cẩm An
W	503	Phường	Cẩm Châu
W	503	Phường	Cẩm Nam
W	503	Phường	Cẩm Phô
W	503	Phường	Cửa Đại
W	503	Phường	Minh An
W	503	Phường	Sơn Phong
W	503	Phường	Thanh Hà
W	503	Phường	Tân An
W	503	Xã	Cẩm Hà
W	503	Xã	Cẩm Kim
W	503	Xã	Cẩm Thanh
W	503	Xã	Tân Hiệp
W	504	Xã	A Nông
W	504	Xã	A Tiêng
W	504	Xã	A Vương
W	504	Xã	A Xan
W	504	Xã	Bha Lêê
W	504	Xã	Ch'ơm
W	504	Xã	Dang
W	504	Xã	Ga Ri
W	504	Xã	Lăng
W	504	Xã	Tr'Hy
W	505	Thị trấn	Prao
W	505	Xã	A Rooi
W	505	Xã	A Ting
W	505	Xã	Ba
W	505	Xã	Jơ Ngây
W	505	Xã	Kà Dăng
W	505	Xã	Mà Cooih
W	505	Xã	Sông Kôn
W	505	Xã	Tà Lu
W	505	Xã	Tư
W	505	Xã	Zà Hung
W	506	Thị trấn	Ái Nghĩa
W	506	Xã	Đại An
W	506	Xã	Đại Chánh
W	506	Xã	Đại Cường
W	506	Xã	Đại Hiệp
W	506	Xã	Đại Hòa
W	506	Xã	Đại Hưng
W	506	Xã	Đại Hồng
W	506	Xã	Đại Lãnh
W	506	Xã	Đại Minh
W	506	Xã	Đại Nghĩa
W	506	Xã	Đại Phong
W	506	Xã	Đại Quang
W	506	Xã	Đại Sơn
W	506	Xã	Đại Thạnh
W	506	Xã	Đại Thắng
W	506	Xã	Đại Tân
W	506	Xã	Đại Đồng
W	507	Phường	Vĩnh Điện
W	507	Phường	Điện An
W	507	Phường	Điện Dương
W	507	Phường	Điện Minh
W	507	Phường	Điện Nam Bắc
W	507	Phường	Điện Nam Trung
W	507	Phường	Điện Nam Đông
W	507	Phường	Điện Ngọc
W	507	Phường	Điện Phương
W	507	Phường	Điện Thắng Bắc
W	507	Phường	Điện Thắng Nam
W	507	Phường	Điện Thắng Trung
W	507	Xã	Điện Hòa
W	507	Xã	Điện Hồng
W	507	Xã	Điện Phong
W	507	Xã	Điện Phước
W	507	Xã	Điện Quang
W	507	Xã	Điện Thọ
W	507	Xã	Điện Tiến
W	507	Xã	Điện Trung
W	508	Thị trấn	Nam Phước
W	508	Xã	Duy Châu
W	508	Xã	Duy Hòa
W	508	Xã	Duy Hải
W	508	Xã	Duy Nghĩa
W	508	Xã	Duy Phú
W	508	Xã	Duy Phước
W	508	Xã	Duy Sơn
W	508	Xã	Duy Thành
W	508	Xã	Duy Trinh
W	508	Xã	Duy Trung
W	508	Xã	Duy Tân
W	508	Xã	Duy Vinh
W	509	Thị trấn	Hương An
W	509	Thị trấn	Trung Phước
W	509	Thị trấn	Đông Phú
W	509	Xã	Ninh Phước
W	509	Xã	Phước Ninh
W	509	Xã	Quế An
W	509	Xã	Quế Châu
W	509	Xã	Quế Hiệp
W	509	Xã	Quế Long
W	509	Xã	Quế Lâm
W	509	Xã	Quế Lộc
W	509	Xã	Quế Minh
W	509	Xã	Quế Mỹ
W	509	Xã	Quế Phong
W	509	Xã	Quế Phú
W	509	Xã	Quế Thuận
W	509	Xã	Quế Xuân 1
W	509	Xã	Quế Xuân 2
W	510	Thị trấn	Thạnh Mỹ
W	510	Xã	Chà Vàl
W	510	Xã	Chơ Chun
W	510	Xã	Cà Dy
W	510	Xã	La Dêê
W	510	Xã	La Êê
W	510	Xã	Tà Bhing
W	510	Xã	Tà Pơơ
W	510	Xã	Zuôih
W	510	Xã	Đắc Pre
W	510	Xã	Đắc Pring
W	510	Xã	Đắc Tôi
W	511	Thị trấn	Khâm Đức
W	511	Xã	Phước Chánh
W	511	Xã	Phước Công
W	511	Xã	Phước Hiệp
W	511	Xã	Phước Hòa
W	511	Xã	Phước Kim
W	511	Xã	Phước Lộc
W	511	Xã	Phước Mỹ
W	511	Xã	Phước Năng
W	511	Xã	Phước Thành
W	511	Xã	Phước Xuân
W	511	Xã	Phước Đức
W	512	Thị trấn	Tân Bình
W	512	Xã	Bình Lâm
W	512	Xã	Bình Sơn
W	512	Xã	Phước Gia
W	512	Xã	Phước Trà
W	512	Xã	Quế Lưu
W	512	Xã	Quế Thọ
W	512	Xã	Quế Tân
W	512	Xã	Sông Trà
W	512	Xã	Thăng Phước
W	513	Thị trấn	Hà Lam
W	513	Xã	Bình An
W	513	Xã	Bình Dương
W	513	Xã	Bình Giang
W	513	Xã	Bình Hải
W	513	Xã	Bình Lãnh
W	513	Xã	Bình Minh
W	513	Xã	Bình Nam
W	513	Xã	Bình Nguyên
W	513	Xã	Bình Phú
W	513	Xã	Bình Phục
W	513	Xã	Bình Quý
W	513	Xã	Bình Quế
W	513	Xã	Bình Sa
W	513	Xã	Bình Triều
W	513	Xã	Bình Trung
W	513	Xã	Bình Trị
W	513	Xã	Bình Tú
W	513	Xã	Bình Đào
W	513	Xã	Bình Định
W	514	Thị trấn	Tiên Kỳ
W	514	Xã	Tiên An
W	514	Xã	Tiên Châu
W	514	Xã	Tiên Cảnh
W	514	Xã	Tiên Hiệp
W	514	Xã	Tiên Hà
W	514	Xã	Tiên Lãnh
W	514	Xã	Tiên Lập
W	514	Xã	Tiên Lộc
W	514	Xã	Tiên Mỹ
W	514	Xã	Tiên Ngọc
W	514	Xã	Tiên Phong
W	514	Xã	Tiên Sơn
W	514	Xã	Tiên Thọ
W	515	Thị trấn	Trà My
W	515	Xã	Trà Bui
W	515	Xã	Trà Dương
W	515	Xã	Trà Giang
W	515	Xã	Trà Giác
W	515	Xã	Trà Giáp
W	515	Xã	Trà Ka
W	515	Xã	Trà Kót
W	515	Xã	Trà Nú
W	515	Xã	Trà Sơn
W	515	Xã	Trà Tân
W	515	Xã	Trà Đông
W	515	Xã	Trà Đốc
W	516	Xã	Trà Cang
W	516	Xã	Trà Don
W	516	Xã	Trà Dơn
W	516	Xã	Trà Leng
W	516	Xã	Trà Linh
W	516	Xã	Trà Mai
W	516	Xã	Trà Nam
W	516	Xã	Trà Tập
W	516	Xã	Trà Vinh
W	516	Xã	Trà Vân
W	517	Thị trấn	Núi Thành
W	517	Xã	Tam Anh Bắc
W	517	Xã	Tam Anh Nam
W	517	Xã	Tam Giang
W	517	Xã	Tam Hiệp
W	517	Xã	Tam Hòa
W	517	Xã	Tam Hải
W	517	Xã	Tam Mỹ Tây
W	517	Xã	Tam Mỹ Đông
W	517	Xã	Tam Nghĩa
W	517	Xã	Tam Quang
W	517	Xã	Tam Sơn
W	517	Xã	Tam Thạnh
W	517	Xã	Tam Tiến
W	517	Xã	Tam Trà
W	517	Xã	Tam Xuân I
W	517	Xã	Tam Xuân II
W	518	Thị trấn	Phú Thịnh
W	518	Xã	Tam An
W	518	Xã	Tam Dân
W	518	Xã	Tam Lãnh
W	518	Xã	Tam Lộc
W	518	Xã	Tam Phước
W	518	Xã	Tam Thành
W	518	Xã	Tam Thái
W	518	Xã	Tam Đàn
W	518	Xã	Tam Đại
W	522	Phường	Chánh Lộ
W	522	Phường	Lê Hồng Phong
W	522	Phường	Nghĩa Chánh
W	522	Phường	Nghĩa Lộ
W	522	Phường	Nguyễn Nghiêm
W	522	Phường	Quảng Phú
W	522	Phường	Trương Quang Trọng
W	522	Phường	Trần Hưng Đạo
W	522	Phường	Trần Phú
W	522	Xã	An Phú
W	522	Xã	Nghĩa Dõng
W	522	Xã	Nghĩa Dũng
W	522	Xã	Nghĩa Hà
W	522	Xã	Tịnh An
W	522	Xã	Tịnh Châu
W	522	Xã	Tịnh Hòa
W	522	Xã	Tịnh Khê
W	522	Xã	Tịnh Kỳ
W	522	Xã	Tịnh Long
W	522	Xã	Tịnh Thiện
W	522	Xã	Tịnh Ấn Tây
W	522	Xã	Tịnh Ấn Đông
W	524	Thị trấn	Châu Ổ
W	524	Xã	Bình An
W	524	Xã	Bình Chánh
W	524	Xã	Bình Châu
W	524	Xã	Bình Chương
W	524	Xã	Bình Dương
W	524	Xã	Bình Hiệp
W	524	Xã	Bình Hòa
W	524	Xã	Bình Hải
W	524	Xã	Bình Khương
W	524	Xã	Bình Long
W	524	Xã	Bình Minh
W	524	Xã	Bình Mỹ
W	524	Xã	Bình Nguyên
W	524	Xã	Bình Phước
W	524	Xã	Bình Thanh
W	524	Xã	Bình Thuận
W	524	Xã	Bình Thạnh
W	524	Xã	Bình Trung
W	524	Xã	Bình Trị
W	524	Xã	Bình Tân Phú
W	524	Xã	Bình Đông
W	525	Thị trấn	Trà Xuân
W	525	Xã	Hương Trà
W	525	Xã	Sơn Trà
W	525	Xã	Trà Bình
W	525	Xã	Trà Bùi
W	525	Xã	Trà Giang
W	525	Xã	Trà Hiệp
W	525	Xã	Trà Lâm
W	525	Xã	Trà Phong
W	525	Xã	Trà Phú
W	525	Xã	Trà Sơn
W	525	Xã	Trà Thanh
W	525	Xã	Trà Thủy
W	525	Xã	Trà Tân
W	525	Xã	Trà Tây
W	525	Xã	Trà Xinh
W	527	Thị trấn	Tịnh Hà
W	527	Xã	Tịnh Bình
W	527	Xã	Tịnh Bắc
W	527	Xã	Tịnh Giang
W	527	Xã	Tịnh Hiệp
W	527	Xã	Tịnh Minh
W	527	Xã	Tịnh Phong
W	527	Xã	Tịnh Sơn
W	527	Xã	Tịnh Thọ
W	527	Xã	Tịnh Trà
W	527	Xã	Tịnh Đông
W	528	Thị trấn	La Hà
W	528	Thị trấn	Sông Vệ
W	528	Xã	Nghĩa Hiệp
W	528	Xã	Nghĩa Hòa
W	528	Xã	Nghĩa Kỳ
W	528	Xã	Nghĩa Lâm
W	528	Xã	Nghĩa Phương
W	528	Xã	Nghĩa Sơn
W	528	Xã	Nghĩa Thuận
W	528	Xã	Nghĩa Thương
W	528	Xã	Nghĩa Thắng
W	528	Xã	Nghĩa Trung
W	528	Xã	Nghĩa Điền
W	529	Thị trấn	Di Lăng
W	529	Xã	Sơn Ba
W	529	Xã	Sơn Bao
W	529	Xã	Sơn Cao
W	529	Xã	Sơn Giang
W	529	Xã	Sơn Hạ
W	529	Xã	Sơn Hải
W	529	Xã	Sơn Kỳ
W	529	Xã	Sơn Linh
W	529	Xã	Sơn Nham
W	529	Xã	Sơn Thành
W	529	Xã	Sơn Thượng
W	529	Xã	Sơn Thủy
W	529	Xã	Sơn Trung
W	530	Xã	Sơn Bua
W	530	Xã	Sơn Dung
W	530	Xã	Sơn Liên
W	530	Xã	Sơn Long
W	530	Xã	Sơn Lập
W	530	Xã	Sơn Màu
W	530	Xã	Sơn Mùa
W	530	Xã	Sơn Tinh
W	530	Xã	Sơn Tân
W	531	Xã	Long Hiệp
W	531	Xã	Long Mai
W	531	Xã	Long Môn
W	531	Xã	Long Sơn
W	531	Xã	Thanh An
W	532	Thị trấn	Chợ Chùa
W	532	Xã	Hành Dũng
W	532	Xã	Hành Minh
W	532	Xã	Hành Nhân
W	532	Xã	Hành Phước
W	532	Xã	Hành Thiện
W	532	Xã	Hành Thuận
W	532	Xã	Hành Thịnh
W	532	Xã	Hành Trung
W	532	Xã	Hành Tín Tây
W	532	Xã	Hành Tín Đông
W	532	Xã	Hành Đức
W	533	Thị trấn	Mộ Đức
W	533	Xã	Thắng Lợi
W	533	Xã	Đức Chánh
W	533	Xã	Đức Hiệp
W	533	Xã	Đức Hòa
W	533	Xã	Đức Lân
W	533	Xã	Đức Minh
W	533	Xã	Đức Nhuận
W	533	Xã	Đức Phong
W	533	Xã	Đức Phú
W	533	Xã	Đức Thạnh
W	533	Xã	Đức Tân
W	534	Phường	Nguyễn Nghiêm
W	534	Phường	Phổ Hòa
W	534	Phường	Phổ Minh
W	534	Phường	Phổ Ninh
W	534	Phường	Phổ Quang
W	534	Phường	Phổ Thạnh
W	534	Phường	Phổ Vinh
W	534	Phường	Phổ Văn
W	534	Xã	Phổ An
W	534	Xã	Phổ Châu
W	534	Xã	Phổ Cường
W	534	Xã	Phổ Khánh
W	534	Xã	Phổ Nhơn
W	534	Xã	Phổ Phong
W	534	Xã	Phổ Thuận
W	535	Thị trấn	Ba Tơ
W	535	Xã	Ba Bích
W	535	Xã	Ba Cung
W	535	Xã	Ba Dinh
W	535	Xã	Ba Giang
W	535	Xã	Ba Khâm
W	535	Xã	Ba Liên
W	535	Xã	Ba Lế
W	535	Xã	Ba Nam
W	535	Xã	Ba Ngạc
W	535	Xã	Ba Thành
W	535	Xã	Ba Tiêu
W	535	Xã	Ba Trang
W	535	Xã	Ba Tô
W	535	Xã	Ba Vinh
W	535	Xã	Ba Vì
W	535	Xã	Ba Xa
W	535	Xã	Ba Điền
W	535	Xã	Ba Động
W	540	Phường	Bùi Thị Xuân
W	540	Phường	Ghềnh Ráng
W	540	Phường	Hải Cảng
W	540	Phường	Nguyễn Văn Cừ
W	540	Phường	Ngô Mây
W	540	Phường	Nhơn Bình
W	540	Phường	Nhơn Phú
W	540	Phường	Quang Trung
W	540	Phường	Thị Nại
W	540	Phường	Trần Phú
W	540	Phường	Trần Quang Diệu
W	540	Phường	Đống Đa
W	540	Xã	Nhơn Châu
W	540	Xã	Nhơn Hải
W	540	Xã	Nhơn Hội
W	540	Xã	Nhơn Lý
W	540	Xã	Phước Mỹ
W	542	Thị trấn	An Lão
W	542	Xã	An Dũng
W	542	Xã	An Hòa
W	542	Xã	An Hưng
W	542	Xã	An Nghĩa
W	542	Xã	An Quang
W	542	Xã	An Toàn
W	542	Xã	An Trung
W	542	Xã	An Tân
W	542	Xã	An Vinh
W	543	Phường	Bồng Sơn
W	543	Phường	Hoài Hương
W	543	Phường	Hoài Hảo
W	543	Phường	Hoài Thanh
W	543	Phường	Hoài Thanh Tây
W	543	Phường	Hoài Tân
W	543	Phường	Hoài Xuân
W	543	Phường	Hoài Đức
W	543	Phường	Tam Quan
W	543	Phường	Tam Quan Bắc
W	543	Phường	Tam Quan Nam
W	543	Xã	Hoài Châu
W	543	Xã	Hoài Châu Bắc
W	543	Xã	Hoài Hải
W	543	Xã	Hoài Mỹ
W	543	Xã	Hoài Phú
W	543	Xã	Hoài Sơn
W	544	Thị trấn	Tăng Bạt Hổ
W	544	Xã	Bok Tới
W	544	Xã	Ân Hảo Tây
W	544	Xã	Ân Hảo Đông
W	544	Xã	Ân Hữu
W	544	Xã	Ân Mỹ
W	544	Xã	Ân Nghĩa
W	544	Xã	Ân Phong
W	544	Xã	Ân Sơn
W	544	Xã	Ân Thạnh
W	544	Xã	Ân Tín
W	544	Xã	Ân Tường Tây
W	544	Xã	Ân Tường Đông
W	544	Xã	Ân Đức
W	544	Xã	Đak Mang
W	545	Thị trấn	Bình Dương
W	545	Thị trấn	Phù Mỹ
W	545	Xã	Mỹ An
W	545	Xã	Mỹ Chánh
W	545	Xã	Mỹ Chánh Tây
W	545	Xã	Mỹ Châu
W	545	Xã	Mỹ Cát
W	545	Xã	Mỹ Hiệp
W	545	Xã	Mỹ Hòa
W	545	Xã	Mỹ Lộc
W	545	Xã	Mỹ Lợi
W	545	Xã	Mỹ Phong
W	545	Xã	Mỹ Quang
W	545	Xã	Mỹ Thành
W	545	Xã	Mỹ Thắng
W	545	Xã	Mỹ Thọ
W	545	Xã	Mỹ Trinh
W	545	Xã	Mỹ Tài
W	545	Xã	Mỹ Đức
W	546	Thị trấn	Vĩnh Thạnh
W	546	Xã	Vĩnh Hiệp
W	546	Xã	Vĩnh Hòa
W	546	Xã	Vĩnh Hảo
W	546	Xã	Vĩnh Kim
W	546	Xã	Vĩnh Quang
W	546	Xã	Vĩnh Sơn
W	546	Xã	Vĩnh Thuận
W	546	Xã	Vĩnh Thịnh
W	547	Thị trấn	Phú Phong
W	547	Xã	Bình Hòa
W	547	Xã	Bình Nghi
W	547	Xã	Bình Thuận
W	547	Xã	Bình Thành
W	547	Xã	Bình Tân
W	547	Xã	Bình Tường
W	547	Xã	Tây An
W	547	Xã	Tây Bình
W	547	Xã	Tây Giang
W	547	Xã	Tây Phú
W	547	Xã	Tây Thuận
W	547	Xã	Tây Vinh
W	547	Xã	Tây Xuân
W	547	Xã	Vĩnh An
W	548	Thị trấn	Cát Khánh
W	548	Thị trấn	Cát Tiến
W	548	Thị trấn	Ngô Mây
W	548	Xã	Cát Chánh
W	548	Xã	Cát Hanh
W	548	Xã	Cát Hiệp
W	548	Xã	Cát Hưng
W	548	Xã	Cát Hải
W	548	Xã	Cát Lâm
W	548	Xã	Cát Minh
W	548	Xã	Cát Nhơn
W	548	Xã	Cát Sơn
W	548	Xã	Cát Thành
W	548	Xã	Cát Thắng
W	548	Xã	Cát Trinh
W	548	Xã	Cát Tài
W	548	Xã	Cát Tân
W	548	Xã	Cát Tường
W	549	Phường	Bình Định
W	549	Phường	Nhơn Hòa
W	549	Phường	Nhơn Hưng
W	549	Phường	Nhơn Thành
W	549	Phường	Đập Đá
W	549	Xã	Nhơn An
W	549	Xã	Nhơn Hạnh
W	549	Xã	Nhơn Hậu
W	549	Xã	Nhơn Khánh
W	549	Xã	Nhơn Lộc
W	549	Xã	Nhơn Mỹ
W	549	Xã	Nhơn Phong
W	549	Xã	Nhơn Phúc
W	549	Xã	Nhơn Thọ
W	549	Xã	Nhơn Tân
W	550	Thị trấn	Diêu Trì
W	550	Thị trấn	Tuy Phước
W	550	Xã	Phước An
W	550	Xã	Phước Hiệp
W	550	Xã	Phước Hòa
W	550	Xã	Phước Hưng
W	550	Xã	Phước Lộc
W	550	Xã	Phước Nghĩa
W	550	Xã	Phước Quang
W	550	Xã	Phước Sơn
W	550	Xã	Phước Thuận
W	550	Xã	Phước Thành
W	550	Xã	Phước Thắng
W	551	Thị trấn	Vân Canh
W	551	Xã	Canh Hiển
W	551	Xã	Canh Hiệp
W	551	Xã	Canh Hòa
W	551	Xã	Canh Liên
W	551	Xã	Canh Thuận
W	551	Xã	Canh Vinh
W	555	Phường	Phú Lâm
W	555	Phường	Phú Thạnh
W	555	Phường	Phú Đông
W	555	Phường	Phường 1
W	555	Phường	Phường 2
W	555	Phường	Phường 4
W	555	Phường	Phường 5
W	555	Phường	Phường 7
W	555	Phường	Phường 9
W	555	Xã	An Phú
W	555	Xã	Bình Kiến
W	555	Xã	Hòa Kiến
W	557	Phường	Xuân Phú
W	557	Phường	Xuân Thành
W	557	Phường	Xuân Yên
W	557	Phường	Xuân Đài
W	557	Xã	Xuân Bình
W	557	Xã	Xuân Cảnh
W	557	Xã	Xuân Hải
W	557	Xã	Xuân Lâm
W	557	Xã	Xuân Lộc
W	557	Xã	Xuân Phương
W	557	Xã	Xuân Thịnh
W	557	Xã	Xuân Thọ 1
W	557	Xã	Xuân Thọ 2
W	558	Thị trấn	La Hai
W	558	Xã	Phú Mỡ
W	558	Xã	Xuân Long
W	558	Xã	Xuân Lãnh
W	558	Xã	Xuân Phước
W	558	Xã	Xuân Quang 1
W	558	Xã	Xuân Quang 2
W	558	Xã	Xuân Quang 3
W	558	Xã	Xuân Sơn Bắc
W	558	Xã	Xuân Sơn Nam
W	558	Xã	Đa Lộc
W	559	Thị trấn	Chí Thạnh
W	559	Xã	An Chấn
W	559	Xã	An Cư
W	559	Xã	An Dân
W	559	Xã	An Hiệp
W	559	Xã	An Hòa Hải
W	559	Xã	An Lĩnh
W	559	Xã	An Mỹ
W	559	Xã	An Nghiệp
W	559	Xã	An Ninh Tây
W	559	Xã	An Ninh Đông
W	559	Xã	An Thạch
W	559	Xã	An Thọ
W	559	Xã	An Xuân
W	559	Xã	An Định
W	560	Thị trấn	Củng Sơn
W	560	Xã	Cà Lúi
W	560	Xã	Ea Chà Rang
W	560	Xã	Krông Pa
W	560	Xã	Phước Tân
W	560	Xã	Suối Bạc
W	560	Xã	Suối Trai
W	560	Xã	Sơn Hà
W	560	Xã	Sơn Hội
W	560	Xã	Sơn Long
W	560	Xã	Sơn Nguyên
W	560	Xã	Sơn Phước
W	560	Xã	Sơn Xuân
W	560	Xã	Sơn Định
W	561	Thị trấn	Hai Riêng
W	561	Xã	Ea Bar
W	561	Xã	Ea Bia
W	561	Xã	Ea Bá
W	561	Xã	Ea Ly
W	561	Xã	Ea Lâm
W	561	Xã	Ea Trol
W	561	Xã	Sông Hinh
W	561	Xã	Sơn Giang
W	561	Xã	Đức Bình Tây
W	561	Xã	Đức Bình Đông
W	562	Thị trấn	Phú Thứ
W	562	Xã	Hòa Bình 1
W	562	Xã	Hòa Mỹ Tây
W	562	Xã	Hòa Mỹ Đông
W	562	Xã	Hòa Phong
W	562	Xã	Hòa Phú
W	562	Xã	Hòa Thịnh
W	562	Xã	Hòa Tân Tây
W	562	Xã	Hòa Đồng
W	562	Xã	Sơn Thành Tây
W	562	Xã	Sơn Thành Đông
W	563	Thị trấn	Phú Hòa
W	563	Xã	Hòa An
W	563	Xã	Hòa Hội
W	563	Xã	Hòa Quang Bắc
W	563	Xã	Hòa Quang Nam
W	563	Xã	Hòa Thắng
W	563	Xã	Hòa Trị
W	563	Xã	Hòa Định Tây
W	563	Xã	Hòa Định Đông
W	564	Phường	Hòa Hiệp Bắc
W	564	Phường	Hòa Hiệp Nam
W	564	Phường	Hòa Hiệp Trung
W	564	Phường	Hòa Vinh
W	564	Phường	Hòa Xuân Tây
W	564	Xã	Hòa Thành
W	564	Xã	Hòa Tâm
W	564	Xã	Hòa Tân Đông
W	564	Xã	Hòa Xuân Nam
W	564	Xã	Hòa Xuân Đông
W	568	Phường	Lộc Thọ
W	568	Phường	Ngọc Hiệp
W	568	Phường	Phương Sài
W	568	Phường	Phước Hòa
W	568	Phường	Phước Hải
W	568	Phường	Phước Long
W	568	Phường	Tân Tiến
W	568	Phường	Vĩnh Hòa
W	568	Phường	Vĩnh Hải
W	568	Phường	Vĩnh Nguyên
W	568	Phường	Vĩnh Phước
W	568	Phường	Vĩnh Thọ
W	568	Phường	Vĩnh Trường
W	568	Phường	Vạn Thạnh
W	568	Xã	Phước Đồng
W	568	Xã	Vĩnh Hiệp
W	568	Xã	Vĩnh Lương
W	568	Xã	Vĩnh Ngọc
W	568	Xã	Vĩnh Phương
W	568	Xã	Vĩnh Thái
W	568	Xã	Vĩnh Thạnh
W	568	Xã	Vĩnh Trung
W	569	Phường	Ba Ngòi
W	569	Phường	Cam Linh
W	569	Phường	Cam Lộc
W	569	Phường	Cam Lợi
W	569	Phường	Cam Nghĩa
W	569	Phường	Cam Phú
W	569	Phường	Cam Phúc Bắc
W	569	Phường	Cam Phúc Nam
W	569	Phường	Cam Thuận
W	569	Xã	Cam Bình
W	569	Xã	Cam Lập
W	569	Xã	Cam Phước Đông
W	569	Xã	Cam Thành Nam
W	569	Xã	Cam Thịnh Tây
W	569	Xã	Cam Thịnh Đông
W	570	Thị trấn	Cam Đức
W	570	Xã	Cam An Bắc
W	570	Xã	Cam An Nam
W	570	Xã	Cam Hiệp Bắc
W	570	Xã	Cam Hiệp Nam
W	570	Xã	Cam Hòa
W	570	Xã	Cam Hải Tây
W	570	Xã	Cam Hải Đông
W	570	Xã	Cam Phước Tây
W	570	Xã	Cam Thành Bắc
W	570	Xã	Cam Tân
W	570	Xã	Suối Cát
W	570	Xã	Suối Tân
W	570	Xã	Sơn Tân
W	571	Thị trấn	Vạn Giã
W	571	Xã	Vạn Bình
W	571	Xã	Vạn Hưng
W	571	Xã	Vạn Khánh
W	571	Xã	Vạn Long
W	571	Xã	Vạn Lương
W	571	Xã	Vạn Phú
W	571	Xã	Vạn Phước
W	571	Xã	Vạn Thạnh
W	571	Xã	Vạn Thắng
W	571	Xã	Vạn Thọ
W	571	Xã	Xuân Sơn
W	571	Xã	Đại Lãnh
W	572	Phường	Ninh Diêm
W	572	Phường	Ninh Giang
W	572	Phường	Ninh Hiệp
W	572	Phường	Ninh Hà
W	572	Phường	Ninh Hải
W	572	Phường	Ninh Thủy
W	572	Phường	Ninh Đa
W	572	Xã	Ninh An
W	572	Xã	Ninh Bình
W	572	Xã	Ninh Hưng
W	572	Xã	Ninh Lộc
W	572	Xã	Ninh Phú
W	572	Xã	Ninh Phước
W	572	Xã	Ninh Phụng
W	572	Xã	Ninh Quang
W	572	Xã	Ninh Sim
W	572	Xã	Ninh Sơn
W	572	Xã	Ninh Thân
W	572	Xã	Ninh Thượng
W	572	Xã	Ninh Thọ
W	572	Xã	Ninh Trung
W	572	Xã	Ninh Tân
W	572	Xã	Ninh Tây
W	572	Xã	Ninh Xuân
W	572	Xã	Ninh Ích
W	572	Xã	Ninh Đông
W	573	Thị trấn	Khánh Vĩnh
W	573	Xã	Cầu Bà
W	573	Xã	Giang Ly
W	573	Xã	Khánh Bình
W	573	Xã	Khánh Hiệp
W	573	Xã	Khánh Nam
W	573	Xã	Khánh Phú
W	573	Xã	Khánh Thành
W	573	Xã	Khánh Thượng
W	573	Xã	Khánh Trung
W	573	Xã	Khánh Đông
W	573	Xã	Liên Sang
W	573	Xã	Sông Cầu
W	573	Xã	Sơn Thái
W	574	Thị trấn	Diên Khánh
W	574	Xã	Bình Lộc
W	574	Xã	Diên An
W	574	Xã	Diên Hòa
W	574	Xã	Diên Lâm
W	574	Xã	Diên Lạc
W	574	Xã	Diên Phú
W	574	Xã	Diên Phước
W	574	Xã	Diên Sơn
W	574	Xã	Diên Thạnh
W	574	Xã	Diên Thọ
W	574	Xã	Diên Toàn
W	574	Xã	Diên Tân
W	574	Xã	Diên Điền
W	574	Xã	Suối Hiệp
W	574	Xã	Suối Tiên
W	574	Xã	Xuân Đồng
W	575	Thị trấn	Tô Hạp
W	575	Xã	Ba Cụm Bắc
W	575	Xã	Ba Cụm Nam
W	575	Xã	Sơn Bình
W	575	Xã	Sơn Hiệp
W	575	Xã	Sơn Lâm
W	575	Xã	Sơn Trung
W	575	Xã	Thành Sơn
W	576	Thị trấn	Trường Sa
W	576	Xã	Sinh Tồn
W	576	Xã	Song Tử Tây
W	582	Phường	Bảo An
W	582	Phường	Kinh Dinh
W	582	Phường	Mỹ Bình
W	582	Phường	Mỹ Hải
W	582	Phường	Mỹ Đông
W	582	Phường	Phước Mỹ
W	582	Phường	Phủ Hà
W	582	Phường	Văn Hải
W	582	Phường	Đài Sơn
W	582	Phường	Đô Vinh
W	582	Phường	Đông Hải
W	582	Phường	Đạo Long
W	582	Xã	Thành Hải
W	584	Xã	Phước Bình
W	584	Xã	Phước Chính
W	584	Xã	Phước Hòa
W	584	Xã	Phước Thành
W	584	Xã	Phước Thắng
W	584	Xã	Phước Tiến
W	584	Xã	Phước Trung
W	584	Xã	Phước Tân
W	584	Xã	Phước Đại
W	585	Thị trấn	Tân Sơn
W	585	Xã	Hòa Sơn
W	585	Xã	Lâm Sơn
W	585	Xã	Lương Sơn
W	585	Xã	Ma Nới
W	585	Xã	Mỹ Sơn
W	585	Xã	Nhơn Sơn
W	585	Xã	Quảng Sơn
W	586	Thị trấn	Khánh Hải
W	586	Xã	Hộ Hải
W	586	Xã	Nhơn Hải
W	586	Xã	Phương Hải
W	586	Xã	Thanh Hải
W	586	Xã	Tri Hải
W	586	Xã	Tân Hải
W	586	Xã	Vĩnh Hải
W	586	Xã	Xuân Hải
W	587	Thị trấn	Phước Dân
W	587	Xã	An Hải
W	587	Xã	Phước Hải
W	587	Xã	Phước Hậu
W	587	Xã	Phước Hữu
W	587	Xã	Phước Sơn
W	587	Xã	Phước Thuận
W	587	Xã	Phước Thái
W	587	Xã	Phước Vinh
W	588	Xã	Bắc Phong
W	588	Xã	Bắc Sơn
W	588	Xã	Công Hải
W	588	Xã	Lợi Hải
W	588	Xã	Phước Chiến
W	588	Xã	Phước Kháng
W	589	Xã	Cà Ná
W	589	Xã	Nhị Hà
W	589	Xã	Phước Dinh
W	589	Xã	Phước Diêm
W	589	Xã	Phước Hà
W	589	Xã	Phước Minh
W	589	Xã	Phước Nam
W	589	Xã	Phước Ninh
W	593	Phường	Bình Hưng
W	593	Phường	Hàm Tiến
W	593	Phường	Lạc Đạo
W	593	Phường	Mũi Né
W	593	Phường	Phú Hài
W	593	Phường	Phú Thủy
W	593	Phường	Phú Trinh
W	593	Phường	Phú Tài
W	593	Phường	Thanh Hải
W	593	Phường	Xuân An
W	593	Phường	Đức Long
W	593	Xã	Phong Nẫm
W	593	Xã	Thiện Nghiệp
W	593	Xã	Tiến Lợi
W	593	Xã	Tiến Thành
W	594	Phường	Bình Tân
W	594	Phường	Phước Hội
W	594	Phường	Phước Lộc
W	594	Phường	Tân An
W	594	Phường	Tân Thiện
W	594	Xã	Tân Bình
W	594	Xã	Tân Hải
W	594	Xã	Tân Phước
W	594	Xã	Tân Tiến
W	595	Thị trấn	Liên Hương
W	595	Thị trấn	Phan Rí Cửa
W	595	Xã	Bình Thạnh
W	595	Xã	Chí Công
W	595	Xã	Hòa Minh
W	595	Xã	Phan Dũng
W	595	Xã	Phong Phú
W	595	Xã	Phú Lạc
W	595	Xã	Phước Thể
W	595	Xã	Vĩnh Hảo
W	595	Xã	Vĩnh Tân
W	596	Thị trấn	Chợ Lầu
W	596	Thị trấn	Lương Sơn
W	596	Xã	Bình An
W	596	Xã	Bình Tân
W	596	Xã	Hòa Thắng
W	596	Xã	Hải Ninh
W	596	Xã	Hồng Phong
W	596	Xã	Hồng Thái
W	596	Xã	Phan Hiệp
W	596	Xã	Phan Hòa
W	596	Xã	Phan Lâm
W	596	Xã	Phan Rí Thành
W	596	Xã	Phan Sơn
W	596	Xã	Phan Thanh
W	596	Xã	Phan Tiến
W	596	Xã	Phan Điền
W	596	Xã	Sông Bình
W	596	Xã	Sông Lũy
W	597	Thị trấn	Ma Lâm
W	597	Thị trấn	Phú Long
W	597	Xã	Hàm Chính
W	597	Xã	Hàm Hiệp
W	597	Xã	Hàm Liêm
W	597	Xã	Hàm Phú
W	597	Xã	Hàm Thắng
W	597	Xã	Hàm Trí
W	597	Xã	Hàm Đức
W	597	Xã	Hồng Liêm
W	597	Xã	Hồng Sơn
W	597	Xã	La Dạ
W	597	Xã	Thuận Hòa
W	597	Xã	Thuận Minh
W	597	Xã	Đa Mi
W	597	Xã	Đông Giang
W	597	Xã	Đông Tiến
W	598	Thị trấn	Thuận Nam
W	598	Xã	Hàm Cường
W	598	Xã	Hàm Cần
W	598	Xã	Hàm Kiệm
W	598	Xã	Hàm Minh
W	598	Xã	Hàm Mỹ
W	598	Xã	Hàm Thạnh
W	598	Xã	Mương Mán
W	598	Xã	Mỹ Thạnh
W	598	Xã	Thuận Quý
W	598	Xã	Tân Lập
W	598	Xã	Tân Thuận
W	598	Xã	Tân Thành
W	599	Thị trấn	Lạc Tánh
W	599	Xã	Bắc Ruộng
W	599	Xã	Gia An
W	599	Xã	Gia Huynh
W	599	Xã	Huy Khiêm
W	599	Xã	La Ngâu
W	599	Xã	Măng Tố
W	599	Xã	Nghị Đức
W	599	Xã	Suối Kiết
W	599	Xã	Đồng Kho
W	599	Xã	Đức Bình
W	599	Xã	Đức Phú
W	599	Xã	Đức Thuận
W	600	Thị trấn	Võ Xu
W	600	Thị trấn	Đức Tài
W	600	Xã	Mê Pu
W	600	Xã	Nam Chính
W	600	Xã	Sùng Nhơn
W	600	Xã	Trà Tân
W	600	Xã	Tân Hà
W	600	Xã	Vũ Hòa
W	600	Xã	Đa Kai
W	600	Xã	Đông Hà
W	600	Xã	Đức Hạnh
W	600	Xã	Đức Tín
W	601	Thị trấn	Tân Minh
W	601	Thị trấn	Tân Nghĩa
W	601	Xã	Sông Phan
W	601	Xã	Sơn Mỹ
W	601	Xã	Thắng Hải
W	601	Xã	Tân Hà
W	601	Xã	Tân Phúc
W	601	Xã	Tân Thắng
W	601	Xã	Tân Xuân
W	601	Xã	Tân Đức
W	602	Xã	Long Hải
W	602	Xã	Ngũ Phụng
W	602	Xã	Tam Thanh
W	608	Phường	Duy Tân
W	608	Phường	Lê Lợi
W	608	Phường	Nguyễn Trãi
W	608	Phường	Ngô Mây
W	608	Phường	Quang Trung
W	608	Phường	Quyết Thắng
W	608	Phường	Thắng Lợi
W	608	Phường	Thống Nhất
W	608	Phường	Trường Chinh
W	608	Phường	Trần Hưng Đạo
W	608	Xã	Chư Hreng
W	608	Xã	Hòa Bình
W	608	Xã	Ia Chim
W	608	Xã	Kroong
W	608	Xã	Ngọk Bay
W	608	Xã	Vinh Quang
W	608	Xã	Đoàn Kết
W	608	Xã	Đăk Blà
W	608	Xã	Đăk Cấm
W	608	Xã	Đăk Năng
W	608	Xã	Đăk Rơ Wa
W	610	Thị trấn	Đăk Glei
W	610	Xã	Mường Hoong
W	610	Xã	Ngọc Linh
W	610	Xã	Xốp
W	610	Xã	Đăk Blô
W	610	Xã	Đăk Choong
W	610	Xã	Đăk Kroong
W	610	Xã	Đăk Long
W	610	Xã	Đăk Man
W	610	Xã	Đăk Môn
W	610	Xã	Đăk Nhoong
W	610	Xã	Đăk Pék
W	611	Thị trấn	Plei Kần
W	611	Xã	Pờ Y
W	611	Xã	Sa Loong
W	611	Xã	Đăk Ang
W	611	Xã	Đăk Dục
W	611	Xã	Đăk Kan
W	611	Xã	Đăk Nông
W	611	Xã	Đăk Xú
W	612	Thị trấn	Đăk Tô
W	612	Xã	Diên Bình
W	612	Xã	Kon Đào
W	612	Xã	Ngọk Tụ
W	612	Xã	Pô Kô
W	612	Xã	Tân Cảnh
W	612	Xã	Văn Lem
W	612	Xã	Đăk Rơ Nga
W	612	Xã	Đăk Trăm
W	613	Thị trấn	Măng Đen
W	613	Xã	Hiếu
W	613	Xã	Măng Bút
W	613	Xã	Măng Cành
W	613	Xã	Ngọc Tem
W	613	Xã	Pờ Ê
W	613	Xã	Đăk Nên
W	613	Xã	Đăk Ring
W	613	Xã	Đăk Tăng
W	614	Thị trấn	Đăk Rve
W	614	Xã	Tân Lập
W	614	Xã	Đăk Kôi
W	614	Xã	Đăk Pne
W	614	Xã	Đăk Ruồng
W	614	Xã	Đăk Tơ Lung
W	614	Xã	Đăk Tờ Re
W	615	Thị trấn	Đăk Hà
W	615	Xã	Hà Mòn
W	615	Xã	Ngọk Réo
W	615	Xã	Ngọk Wang
W	615	Xã	Đăk Hring
W	615	Xã	Đăk La
W	615	Xã	Đăk Long
W	615	Xã	Đăk Mar
W	615	Xã	Đăk Ngọk
W	615	Xã	Đăk Pxi
W	615	Xã	Đăk Ui
W	616	Thị trấn	Sa Thầy
W	616	Xã	Hơ Moong
W	616	Xã	Mô Rai
W	616	Xã	Rờ Kơi
W	616	Xã	Sa Bình
W	616	Xã	Sa Nghĩa
W	616	Xã	Sa Nhơn
W	616	Xã	Sa Sơn
W	616	Xã	Ya Tăng
W	616	Xã	Ya Xiêr
W	616	Xã	Ya ly
W	617	Xã	Măng Ri
W	617	Xã	Ngọk Lây
W	617	Xã	Ngọk Yêu
W	617	Xã	Tu Mơ Rông
W	617	Xã	Tê Xăng
W	617	Xã	Văn Xuôi
W	617	Xã	Đăk Hà
W	617	Xã	Đăk Na
W	617	Xã	Đăk Rơ Ông
W	617	Xã	Đăk Sao
W	617	Xã	Đăk Tờ Kan
W	618	Xã	Ia Dom
W	618	Xã	Ia Tơi
W	618	Xã	Ia Đal
W	622	Phường	Chi Lăng
W	622	Phường	Diên Hồng
W	622	Phường	Hoa Lư
W	622	Phường	Hội Phú
W	622	Phường	Hội Thương
W	622	Phường	Ia Kring
W	622	Phường	Phù Đổng
W	622	Phường	Thắng Lợi
W	622	Phường	Thống Nhất
W	622	Phường	Trà Bá
W	622	Phường	Tây Sơn
W	622	Phường	Yên Thế
W	622	Phường	Yên Đỗ
W	622	Phường	Đống Đa
W	622	Xã	An Phú
W	622	Xã	Biển Hồ
W	622	Xã	Chư Á
W	622	Xã	Diên Phú
W	622	Xã	Gào
W	622	Xã	Ia Kênh
W	622	Xã	Trà Đa
W	623	Phường	An Bình
W	623	Phường	An Phú
W	623	Phường	An Phước
W	623	Phường	An Tân
W	623	Phường	Ngô Mây
W	623	Phường	Tây Sơn
W	623	Xã	Cửu An
W	623	Xã	Song An
W	623	Xã	Thành An
W	623	Xã	Tú An
W	623	Xã	Xuân An
W	624	Phường	Cheo Reo
W	624	Phường	Hòa Bình
W	624	Phường	Sông Bờ
W	624	Phường	Đoàn Kết
W	624	Xã	Chư Băh
W	624	Xã	Ia RBol
W	624	Xã	Ia RTô
W	624	Xã	Ia Sao
W	625	Thị trấn	KBang
W	625	Xã	KRong
W	625	Xã	Kon Pne
W	625	Xã	Kông Bơ La
W	625	Xã	Kông Lơng Khơng
W	625	Xã	Lơ Ku
W	625	Xã	Nghĩa An
W	625	Xã	Sơ Pai
W	625	Xã	Sơn Lang
W	625	Xã	Tơ Tung
W	625	Xã	Đak SMar
W	625	Xã	Đông
W	625	Xã	Đăk Rong
W	626	Thị trấn	Đak Đoa
W	626	Xã	A Dơk
W	626	Xã	Glar
W	626	Xã	HNol
W	626	Xã	Hneng
W	626	Xã	Hà Bầu
W	626	Xã	Hà Đông
W	626	Xã	Hải Yang
W	626	Xã	Ia Băng
W	626	Xã	Ia Pết
W	626	Xã	KDang
W	626	Xã	Kon Gang
W	626	Xã	Nam Yang
W	626	Xã	Trang
W	626	Xã	Tân Bình
W	626	Xã	Đak Krong
W	626	Xã	Đak Sơmei
W	627	Thị trấn	Ia Ly
W	627	Thị trấn	Phú Hòa
W	627	Xã	Chư Đang Ya
W	627	Xã	Hà Tây
W	627	Xã	Hòa Phú
W	627	Xã	Ia Ka
W	627	Xã	Ia Khươl
W	627	Xã	Ia Kreng
W	627	Xã	Ia Mơ Nông
W	627	Xã	Ia Nhin
W	627	Xã	Ia Phí
W	627	Xã	Nghĩa Hòa
W	627	Xã	Nghĩa Hưng
W	627	Xã	Đăk Tơ Ver
W	628	Thị trấn	Ia Kha
W	628	Xã	Ia Bă
W	628	Xã	Ia Chia
W	628	Xã	Ia Dêr
W	628	Xã	Ia Grăng
W	628	Xã	Ia Hrung
W	628	Xã	Ia Khai
W	628	Xã	Ia Krăi
W	628	Xã	Ia O
W	628	Xã	Ia Pếch
W	628	Xã	Ia Sao
W	628	Xã	Ia Tô
W	628	Xã	Ia Yok
W	629	Thị trấn	Kon Dơng
W	629	Xã	Ayun
W	629	Xã	Hra
W	629	Xã	Kon Chiêng
W	629	Xã	Kon Thụp
W	629	Xã	Lơ Pang
W	629	Xã	Đak Djrăng
W	629	Xã	Đak Jơ Ta
W	629	Xã	Đak Ta Ley
W	629	Xã	Đê Ar
W	629	Xã	Đăk Trôi
W	629	Xã	Đăk Yă
W	630	Thị trấn	Kông Chro
W	630	Xã	An Trung
W	630	Xã	Chơ Long
W	630	Xã	Chư Krey
W	630	Xã	Kông Yang
W	630	Xã	SRó
W	630	Xã	Ya Ma
W	630	Xã	Yang Nam
W	630	Xã	Yang Trung
W	630	Xã	Đăk Kơ Ning
W	630	Xã	Đăk Pling
W	630	Xã	Đăk Pơ Pho
W	630	Xã	Đăk Song
W	630	Xã	Đăk Tơ Pang
W	631	Thị trấn	Chư Ty
W	631	Xã	Ia Din
W	631	Xã	Ia Dom
W	631	Xã	Ia Dơk
W	631	Xã	Ia Kla
W	631	Xã	Ia Kriêng
W	631	Xã	Ia Krêl
W	631	Xã	Ia Lang
W	631	Xã	Ia Nan
W	631	Xã	Ia Pnôn
W	632	Thị trấn	Chư Prông
W	632	Xã	Bàu Cạn
W	632	Xã	Bình Giáo
W	632	Xã	Ia Bang
W	632	Xã	Ia Boòng
W	632	Xã	Ia Băng
W	632	Xã	Ia Drăng
W	632	Xã	Ia Ga
W	632	Xã	Ia Kly
W	632	Xã	Ia Lâu
W	632	Xã	Ia Me
W	632	Xã	Ia Mơ
W	632	Xã	Ia O
W	632	Xã	Ia Phìn
W	632	Xã	Ia Pia
W	632	Xã	Ia Piơr
W	632	Xã	Ia Púch
W	632	Xã	Ia Tôr
W	632	Xã	Ia Vê
W	632	Xã	Thăng Hưng
W	633	Thị trấn	Chư Sê
W	633	Xã	AL Bá
W	633	Xã	AYun
W	633	Xã	Bar Măih
W	633	Xã	Bờ Ngoong
W	633	Xã	Chư Pơng
W	633	Xã	Dun
W	633	Xã	HBông
W	633	Xã	Ia Blang
W	633	Xã	Ia Glai
W	633	Xã	Ia HLốp
W	633	Xã	Ia Ko
W	633	Xã	Ia Pal
W	633	Xã	Ia Tiêm
W	633	Xã	Kông HTok
W	634	Thị trấn	Đak Pơ
W	634	Xã	An Thành
W	634	Xã	Cư An
W	634	Xã	Hà Tam
W	634	Xã	Phú An
W	634	Xã	Tân An
W	634	Xã	Ya Hội
W	634	Xã	Yang Bắc
W	635	Xã	Chư Mố
W	635	Xã	Chư Răng
W	635	Xã	Ia Broăi
W	635	Xã	Ia KDăm
W	635	Xã	Ia Mrơn
W	635	Xã	Ia Trok
W	635	Xã	Ia Tul
W	635	Xã	Kim Tân
W	635	Xã	Pờ Tó
W	637	Thị trấn	Phú Túc
W	637	Xã	Chư Drăng
W	637	Xã	Chư Gu
W	637	Xã	Chư Ngọc
W	637	Xã	Chư Rcăm
W	637	Xã	Ia HDreh
W	637	Xã	Ia Mlăh
W	637	Xã	Ia RMok
W	637	Xã	Ia RSai
W	637	Xã	Ia RSươm
W	637	Xã	Krông Năng
W	637	Xã	Phú Cần
W	637	Xã	Uar
W	637	Xã	Đất Bằng
W	638	Thị trấn	Phú Thiện
W	638	Xã	Ayun Hạ
W	638	Xã	Chrôh Pơnan
W	638	Xã	Chư A Thai
W	638	Xã	Ia Ake
W	638	Xã	Ia Hiao
W	638	Xã	Ia Peng
W	638	Xã	Ia Piar
W	638	Xã	Ia Sol
W	638	Xã	Ia Yeng
W	639	Thị trấn	Nhơn Hòa
W	639	Xã	Chư Don
W	639	Xã	Ia BLứ
W	639	Xã	Ia Dreng
W	639	Xã	Ia Hla
W	639	Xã	Ia Hrú
W	639	Xã	Ia Le
W	639	Xã	Ia Phang
W	639	Xã	Ia Rong
W	643	Phường	Ea Tam
W	643	Phường	Khánh Xuân
W	643	Phường	Thành Công
W	643	Phường	Thành Nhất
W	643	Phường	Tân An
W	643	Phường	Tân Hòa
W	643	Phường	Tân Lập
W	643	Phường	Tân Lợi
W	643	Phường	Tân Thành
W	643	Phường	Tân Tiến
W	643	Phường	Tự An
W	643	Xã	Cư ÊBur
W	643	Xã	Ea Kao
W	643	Xã	Ea Tu
W	643	Xã	Hòa Khánh
W	643	Xã	Hòa Phú
W	643	Xã	Hòa Thuận
W	643	Xã	Hòa Thắng
W	643	Xã	Hòa Xuân
W	644	Phường	An Bình
W	644	Phường	An Lạc
W	644	Phường	Bình Tân
W	644	Phường	Thiện An
W	644	Phường	Thống Nhất
W	644	Phường	Đoàn Kết
W	644	Phường	Đạt Hiếu
W	644	Xã	Bình Thuận
W	644	Xã	Cư Bao
W	644	Xã	Ea Drông
W	644	Xã	Ea Siên
W	645	Thị trấn	Ea Drăng
W	645	Xã	Cư A Mung
W	645	Xã	Cư Mốt
W	645	Xã	Dliê Yang
W	645	Xã	Ea H'leo
W	645	Xã	Ea Hiao
W	645	Xã	Ea Khal
W	645	Xã	Ea Nam
W	645	Xã	Ea Ral
W	645	Xã	Ea Sol
W	645	Xã	Ea Tir
W	645	Xã	Ea Wy
W	646	Thị trấn	Ea Súp
W	646	Xã	Cư KBang
W	646	Xã	Cư M'Lan
W	646	Xã	Ea Bung
W	646	Xã	Ea Lê
W	646	Xã	Ea Rốk
W	646	Xã	Ia JLơi
W	646	Xã	Ia Lốp
W	646	Xã	Ia RVê
W	646	Xã	Ya Tờ Mốt
W	647	Xã	Cuôr KNia
W	647	Xã	Ea Bar
W	647	Xã	Ea Huar
W	647	Xã	Ea Nuôl
W	647	Xã	Ea Wer
W	647	Xã	Krông Na
W	647	Xã	Tân Hòa
W	648	Thị trấn	Ea Pốk
W	648	Thị trấn	Quảng Phú
W	648	Xã	Cuôr Đăng
W	648	Xã	Cư Dliê M'nông
W	648	Xã	Cư M'gar
W	648	Xã	Cư Suê
W	648	Xã	Ea Drơng
W	648	Xã	Ea H'đing
W	648	Xã	Ea KPam
W	648	Xã	Ea Kiết
W	648	Xã	Ea Kuêh
W	648	Xã	Ea M'Droh
W	648	Xã	Ea M'nang
W	648	Xã	Ea Tar
W	648	Xã	Ea Tul
W	648	Xã	Quảng Hiệp
W	648	Xã	Quảng Tiến
W	649	Thị trấn	Pơng Drang
W	649	Xã	Chứ Kbô
W	649	Xã	Cư Né
W	649	Xã	Cư Pơng
W	649	Xã	Ea Ngai
W	649	Xã	Ea Sin
W	649	Xã	Tân Lập
W	650	Thị trấn	Krông Năng
W	650	Xã	Cư Klông
W	650	Xã	Dliê Ya
W	650	Xã	Ea Dăh
W	650	Xã	Ea Hồ
W	650	Xã	Ea Púk
W	650	Xã	Ea Tam
W	650	Xã	Ea Tân
W	650	Xã	Ea Tóh
W	650	Xã	Phú Lộc
W	650	Xã	Phú Xuân
W	650	Xã	Tam Giang
W	651	Thị trấn	Ea Kar
W	651	Thị trấn	Ea Knốp
W	651	Xã	Cư Bông
W	651	Xã	Cư ELang
W	651	Xã	Cư Huê
W	651	Xã	Cư Ni
W	651	Xã	Cư Prông
W	651	Xã	Cư Yang
W	651	Xã	Ea Kmút
W	651	Xã	Ea Păl
W	651	Xã	Ea Sar
W	651	Xã	Ea Sô
W	651	Xã	Ea Tih
W	651	Xã	Ea Ô
W	651	Xã	Ea Đar
W	651	Xã	Xuân Phú
W	652	Thị trấn	M'Drắk
W	652	Xã	Cư Króa
W	652	Xã	Cư M'ta
W	652	Xã	Cư Prao
W	652	Xã	Cư San
W	652	Xã	Ea H'MLay
W	652	Xã	Ea Lai
W	652	Xã	Ea M'Doal
W	652	Xã	Ea Pil
W	652	Xã	Ea Riêng
W	652	Xã	Ea Trang
W	652	Xã	Krông Jing
W	652	Xã	Krông Á
W	653	Thị trấn	Krông Kmar
W	653	Xã	Cư Drăm
W	653	Xã	Cư KTy
W	653	Xã	Cư Pui
W	653	Xã	Dang Kang
W	653	Xã	Ea Trul
W	653	Xã	Hòa Lễ
W	653	Xã	Hòa Phong
W	653	Xã	Hòa Sơn
W	653	Xã	Hòa Thành
W	653	Xã	Khuê Ngọc Điền
W	653	Xã	Yang Mao
W	653	Xã	Yang Reh
W	654	Thị trấn	Phước An
W	654	Xã	Ea Hiu
W	654	Xã	Ea Kly
W	654	Xã	Ea Knuếc
W	654	Xã	Ea Kuăng
W	654	Xã	Ea Kênh
W	654	Xã	Ea Phê
W	654	Xã	Ea Uy
W	654	Xã	Ea Yiêng
W	654	Xã	Ea Yông
W	654	Xã	Hòa An
W	654	Xã	Hòa Tiến
W	654	Xã	Hòa Đông
W	654	Xã	KRông Búk
W	654	Xã	Tân Tiến
W	654	Xã	Vụ Bổn
W	655	Thị trấn	Buôn Trấp
W	655	Xã	Bình Hòa
W	655	Xã	Băng A Drênh
W	655	Xã	Dray Sáp
W	655	Xã	Dur KMăl
W	655	Xã	Ea Bông
W	655	Xã	Ea Na
W	655	Xã	Quảng Điền
W	656	Thị trấn	Liên Sơn
W	656	Xã	Buôn Triết
W	656	Xã	Buôn Tría
W	656	Xã	Bông Krang
W	656	Xã	Ea Rbin
W	656	Xã	Krông Nô
W	656	Xã	Nam Ka
W	656	Xã	Yang Tao
W	656	Xã	Đắk Liêng
W	656	Xã	Đắk Nuê
W	656	Xã	Đắk Phơi
W	657	Xã	Cư Êwi
W	657	Xã	Dray Bhăng
W	657	Xã	Ea BHốk
W	657	Xã	Ea Hu
W	657	Xã	Ea Ktur
W	657	Xã	Ea Ning
W	657	Xã	Ea Tiêu
W	657	Xã	Hòa Hiệp
W	660	Phường	Nghĩa Phú
W	660	Phường	Nghĩa Thành
W	660	Phường	Nghĩa Trung
W	660	Phường	Nghĩa Tân
W	660	Phường	Nghĩa Đức
W	660	Phường	Quảng Thành
W	660	Xã	Đắk Nia
W	660	Xã	Đắk R'Moan
W	661	Xã	Quảng Hòa
W	661	Xã	Quảng Khê
W	661	Xã	Quảng Sơn
W	661	Xã	Đắk Ha
W	661	Xã	Đắk Plao
W	661	Xã	Đắk R'Măng
W	661	Xã	Đắk Som
W	662	Thị trấn	Ea T'Ling
W	662	Xã	Cư Knia
W	662	Xã	Ea Pô
W	662	Xã	Nam Dong
W	662	Xã	Trúc Sơn
W	662	Xã	Tâm Thắng
W	662	Xã	Đắk D'rông
W	662	Xã	Đắk Wil
W	663	Thị trấn	Đắk Mil
W	663	Xã	Long Sơn
W	663	Xã	Thuận An
W	663	Xã	Đắk Gằn
W	663	Xã	Đắk Lao
W	663	Xã	Đắk N'Drót
W	663	Xã	Đắk R'La
W	663	Xã	Đắk Sắk
W	663	Xã	Đức Minh
W	663	Xã	Đức Mạnh
W	664	Thị trấn	Đắk Mâm
W	664	Xã	Buôn Choáh
W	664	Xã	Nam Xuân
W	664	Xã	Nam Đà
W	664	Xã	Nâm N'Đir
W	664	Xã	Nâm Nung
W	664	Xã	Quảng Phú
W	664	Xã	Tân Thành
W	664	Xã	Đắk Drô
W	664	Xã	Đắk Nang
W	664	Xã	Đắk Sôr
W	664	Xã	Đức Xuyên
W	665	Thị trấn	Đức An
W	665	Xã	Nam Bình
W	665	Xã	Nâm N'Jang
W	665	Xã	Thuận Hà
W	665	Xã	Thuận Hạnh
W	665	Xã	Trường Xuân
W	665	Xã	Đắk Hòa
W	665	Xã	Đắk Môl
W	665	Xã	Đắk N'Drung
W	666	Thị trấn	Kiến Đức
W	666	Xã	Hưng Bình
W	666	Xã	Kiến Thành
W	666	Xã	Nghĩa Thắng
W	666	Xã	Nhân Cơ
W	666	Xã	Nhân Đạo
W	666	Xã	Quảng Tín
W	666	Xã	Đạo Nghĩa
W	666	Xã	Đắk Ru
W	666	Xã	Đắk Sin
W	666	Xã	Đắk Wer
W	667	Xã	Quảng Trực
W	667	Xã	Quảng Tâm
W	667	Xã	Quảng Tân
W	667	Xã	Đắk Búk So
W	667	Xã	Đắk Ngo
W	667	Xã	Đắk R'Tíh
W	672	Phường	Phường 1
W	672	Phường	Phường 10
W	672	Phường	Phường 11
W	672	Phường	Phường 12
W	672	Phường	Phường 2
W	672	Phường	Phường 3
W	672	Phường	Phường 4
W	672	Phường	Phường 5
W	672	Phường	Phường 6
W	672	Phường	Phường 7
W	672	Phường	Phường 8
W	672	Phường	Phường 9
W	672	Xã	Trạm Hành
W	672	Xã	Tà Nung
W	672	Xã	Xuân Thọ
W	672	Xã	Xuân Trường
W	673	Phường	B'lao
W	673	Phường	Lộc Phát
W	673	Phường	Lộc Sơn
W	673	Phường	Lộc Tiến
W	673	Phường	Phường 1
W	673	Phường	Phường 2
W	673	Xã	Lộc Châu
W	673	Xã	Lộc Nga
W	673	Xã	Lộc Thanh
W	673	Xã	Đamb'ri
W	673	Xã	Đại Lào
W	674	Xã	Liêng Srônh
W	674	Xã	Phi Liêng
W	674	Xã	Rô Men
W	674	Xã	Đạ K'Nàng
W	674	Xã	Đạ Long
W	674	Xã	Đạ M'Rông
W	674	Xã	Đạ Rsal
W	674	Xã	Đạ Tông
W	675	Thị trấn	Lạc Dương
W	675	Xã	Lát
W	675	Xã	Đưng KNớ
W	675	Xã	Đạ Chais
W	675	Xã	Đạ Nhim
W	675	Xã	Đạ Sar
W	676	Thị trấn	Nam Ban
W	676	Thị trấn	Đinh Văn
W	676	Xã	Gia Lâm
W	676	Xã	Hoài Đức
W	676	Xã	Liên Hà
W	676	Xã	Mê Linh
W	676	Xã	Nam Hà
W	676	Xã	Phi Tô
W	676	Xã	Phú Sơn
W	676	Xã	Phúc Thọ
W	676	Xã	Tân Hà
W	676	Xã	Tân Thanh
W	676	Xã	Tân Văn
W	676	Xã	Đan Phượng
W	676	Xã	Đông Thanh
W	676	Xã	Đạ Đờn
W	677	Thị trấn	D'Ran
W	677	Thị trấn	Thạnh Mỹ
W	677	Xã	Ka Đô
W	677	Xã	Ka Đơn
W	677	Xã	Lạc Lâm
W	677	Xã	Lạc Xuân
W	677	Xã	Quảng Lập
W	677	Xã	Tu Tra
W	677	Xã	Đạ Ròn
W	678	Thị trấn	Liên Nghĩa
W	678	Xã	Bình Thạnh
W	678	Xã	Hiệp An
W	678	Xã	Hiệp Thạnh
W	678	Xã	Liên Hiệp
W	678	Xã	N'Thol Hạ
W	678	Xã	Ninh Gia
W	678	Xã	Ninh Loan
W	678	Xã	Phú Hội
W	678	Xã	Tà Hine
W	678	Xã	Tà Năng
W	678	Xã	Tân Hội
W	678	Xã	Tân Thành
W	678	Xã	Đa Quyn
W	678	Xã	Đà Loan
W	679	Thị trấn	Di Linh
W	679	Xã	Bảo Thuận
W	679	Xã	Gia Bắc
W	679	Xã	Gia Hiệp
W	679	Xã	Gung Ré
W	679	Xã	Hòa Bắc
W	679	Xã	Hòa Nam
W	679	Xã	Hòa Ninh
W	679	Xã	Hòa Trung
W	679	Xã	Liên Đầm
W	679	Xã	Sơn Điền
W	679	Xã	Tam Bố
W	679	Xã	Tân Châu
W	679	Xã	Tân Lâm
W	679	Xã	Tân Nghĩa
W	679	Xã	Tân Thượng
W	679	Xã	Đinh Lạc
W	679	Xã	Đinh Trang Hòa
W	679	Xã	Đinh Trang Thượng
W	680	Thị trấn	Lộc Thắng
W	680	Xã	B'Lá
W	680	Xã	Lộc An
W	680	Xã	Lộc Bảo
W	680	Xã	Lộc Bắc
W	680	Xã	Lộc Lâm
W	680	Xã	Lộc Nam
W	680	Xã	Lộc Ngãi
W	680	Xã	Lộc Phú
W	680	Xã	Lộc Quảng
W	680	Xã	Lộc Thành
W	680	Xã	Lộc Tân
W	680	Xã	Lộc Đức
W	680	Xã	Tân Lạc
W	682	Thị trấn	Cát Tiên
W	682	Thị trấn	Ma Đa Guôi (Thị trấn)
W	682	Thị trấn	Phước Cát
W	682	Thị trấn	Đạ M'ri
W	682	Thị trấn	Đạ Tẻh
W	682	Xã	An Nhơn
W	682	Xã	Bà Gia
W	682	Xã	Gia Viễn
W	682	Xã	Hà Lâm
W	682	Xã	Ma Đa Guôi (Xã)
W	682	Xã	Mỹ Đức
W	682	Xã	Nam Ninh
W	682	Xã	Phước Cát 2
W	682	Xã	Quảng Ngãi
W	682	Xã	Quảng Trị
W	682	Xã	Quốc Oai
W	682	Xã	Tiên Hoàng
W	682	Xã	Đạ Kho
W	682	Xã	Đạ Lây
W	682	Xã	Đạ Oai
W	682	Xã	Đạ Pal
W	682	Xã	Đồng Nai Thượng
W	682	Xã	Đức Phổ
W	688	Phường	Long Phước
W	688	Phường	Long Thủy
W	688	Phường	Phước Bình
W	688	Phường	Sơn Giang
W	688	Phường	Thác Mơ
W	688	Xã	Long Giang
W	688	Xã	Phước Tín
W	689	Phường	Tiến Thành
W	689	Phường	Tân Bình
W	689	Phường	Tân Phú
W	689	Phường	Tân Thiện
W	689	Phường	Tân Xuân
W	689	Phường	Tân Đồng
W	689	Xã	Tiến Hưng
W	689	Xã	Tân Thành
W	690	Phường	An Lộc
W	690	Phường	Hưng Chiến
W	690	Phường	Phú Thịnh
W	690	Phường	Phú Đức
W	690	Xã	Thanh Lương
W	690	Xã	Thanh Phú
W	691	Xã	Bình Thắng
W	691	Xã	Bù Gia Mập
W	691	Xã	Phú Nghĩa
W	691	Xã	Phú Văn
W	691	Xã	Phước Minh
W	691	Xã	Đa Kia
W	691	Xã	Đak Ơ
W	691	Xã	Đức Hạnh
W	692	Thị trấn	Lộc Ninh
W	692	Xã	Lộc An
W	692	Xã	Lộc Hiệp
W	692	Xã	Lộc Hòa
W	692	Xã	Lộc Hưng
W	692	Xã	Lộc Khánh
W	692	Xã	Lộc Phú
W	692	Xã	Lộc Quang
W	692	Xã	Lộc Thiện
W	692	Xã	Lộc Thuận
W	692	Xã	Lộc Thành
W	692	Xã	Lộc Thái
W	692	Xã	Lộc Thạnh
W	692	Xã	Lộc Thịnh
W	692	Xã	Lộc Tấn
W	692	Xã	Lộc Điền
W	693	Thị trấn	Thanh Bình
W	693	Xã	Hưng Phước
W	693	Xã	Phước Thiện
W	693	Xã	Thanh Hòa
W	693	Xã	Thiện Hưng
W	693	Xã	Tân Thành
W	693	Xã	Tân Tiến
W	694	Thị trấn	Tân Khai
W	694	Xã	An Khương
W	694	Xã	An Phú
W	694	Xã	Minh Tâm
W	694	Xã	Minh Đức
W	694	Xã	Phước An
W	694	Xã	Thanh An
W	694	Xã	Thanh Bình
W	694	Xã	Tân Hiệp
W	694	Xã	Tân Hưng
W	694	Xã	Tân Lợi
W	694	Xã	Tân Quan
W	694	Xã	Đồng Nơ
W	695	Thị trấn	Tân Phú
W	695	Xã	Thuận Lợi
W	695	Xã	Thuận Phú
W	695	Xã	Tân Hòa
W	695	Xã	Tân Hưng
W	695	Xã	Tân Lập
W	695	Xã	Tân Lợi
W	695	Xã	Tân Phước
W	695	Xã	Tân Tiến
W	695	Xã	Đồng Tiến
W	695	Xã	Đồng Tâm
W	696	Thị trấn	Đức Phong
W	696	Xã	Bom Bo
W	696	Xã	Bình Minh
W	696	Xã	Minh Hưng
W	696	Xã	Nghĩa Bình
W	696	Xã	Nghĩa Trung
W	696	Xã	Phú Sơn
W	696	Xã	Phước Sơn
W	696	Xã	Thọ Sơn
W	696	Xã	Thống Nhất
W	696	Xã	Đak Nhau
W	696	Xã	Đoàn Kết
W	696	Xã	Đăng Hà
W	696	Xã	Đường 10
W	696	Xã	Đồng Nai
W	696	Xã	Đức Liễu
W	697	Phường	Hưng Long
W	697	Phường	Minh Hưng
W	697	Phường	Minh Long
W	697	Phường	Minh Thành
W	697	Phường	Thành Tâm
W	697	Xã	Minh Lập
W	697	Xã	Minh Thắng
W	697	Xã	Nha Bích
W	697	Xã	Quang Minh
W	698	Xã	Bình Sơn
W	698	Xã	Bình Tân
W	698	Xã	Bù Nho
W	698	Xã	Long Bình
W	698	Xã	Long Hà
W	698	Xã	Long Hưng
W	698	Xã	Long Tân
W	698	Xã	Phú Riềng
W	698	Xã	Phú Trung
W	698	Xã	Phước Tân
W	703	Phường	Hiệp Ninh
W	703	Phường	Ninh Sơn
W	703	Phường	Ninh Thạnh
W	703	Phường	Phường 1
W	703	Phường	Phường 2
W	703	Phường	Phường 3
W	703	Phường	Phường 4
W	703	Xã	Bình Minh
W	703	Xã	Thạnh Tân
W	703	Xã	Tân Bình
W	705	Thị trấn	Tân Biên
W	705	Xã	Hòa Hiệp
W	705	Xã	Mỏ Công
W	705	Xã	Thạnh Bình
W	705	Xã	Thạnh Bắc
W	705	Xã	Thạnh Tây
W	705	Xã	Trà Vong
W	705	Xã	Tân Bình
W	705	Xã	Tân Lập
W	705	Xã	Tân Phong
W	706	Thị trấn	Tân Châu
W	706	Xã	Suối Dây
W	706	Xã	Suối Ngô
W	706	Xã	Thạnh Đông
W	706	Xã	Tân Hiệp
W	706	Xã	Tân Hà
W	706	Xã	Tân Hòa
W	706	Xã	Tân Hưng
W	706	Xã	Tân Hội
W	706	Xã	Tân Phú
W	706	Xã	Tân Thành
W	706	Xã	Tân Đông
W	707	Thị trấn	Dương Minh Châu
W	707	Xã	Bàu Năng
W	707	Xã	Bến Củi
W	707	Xã	Chà Là
W	707	Xã	Cầu Khởi
W	707	Xã	Lộc Ninh
W	707	Xã	Phan
W	707	Xã	Phước Minh
W	707	Xã	Phước Ninh
W	707	Xã	Suối Đá
W	707	Xã	Truông Mít
W	708	Thị trấn	Châu Thành
W	708	Xã	An Bình
W	708	Xã	An Cơ
W	708	Xã	Biên Giới
W	708	Xã	Hòa Hội
W	708	Xã	Hòa Thạnh
W	708	Xã	Hảo Đước
W	708	Xã	Long Vĩnh
W	708	Xã	Ninh Điền
W	708	Xã	Phước Vinh
W	708	Xã	Thanh Điền
W	708	Xã	Thành Long
W	708	Xã	Thái Bình
W	708	Xã	Trí Bình
W	708	Xã	Đồng Khởi
W	709	Phường	Hiệp Tân
W	709	Phường	Long Hoa
W	709	Phường	Long Thành Bắc
W	709	Phường	Long Thành Trung
W	709	Xã	Long Thành Nam
W	709	Xã	Trường Hòa
W	709	Xã	Trường Tây
W	709	Xã	Trường Đông
W	710	Thị trấn	Gò Dầu
W	710	Xã	Bàu Đồn
W	710	Xã	Cẩm Giang
W	710	Xã	Hiệp Thạnh
W	710	Xã	Phước Thạnh
W	710	Xã	Phước Trạch
W	710	Xã	Phước Đông
W	710	Xã	Thanh Phước
W	710	Xã	Thạnh Đức
W	711	Thị trấn	Bến Cầu
W	711	Xã	An Thạnh
W	711	Xã	Long Chữ
W	711	Xã	Long Giang
W	711	Xã	Long Khánh
W	711	Xã	Long Phước
W	711	Xã	Long Thuận
W	711	Xã	Lợi Thuận
W	711	Xã	Tiên Thuận
W	712	Phường	An Hòa
W	712	Phường	An Tịnh
W	712	Phường	Gia Bình
W	712	Phường	Gia Lộc
W	712	Phường	Lộc Hưng
W	712	Phường	Trảng Bàng
W	712	Xã	Hưng Thuận
W	712	Xã	Phước Bình
W	712	Xã	Phước Chỉ
W	712	Xã	Đôn Thuận
W	718	Phường	Chánh Mỹ
W	718	Phường	Chánh Nghĩa
W	718	Phường	Hiệp An
W	718	Phường	Hiệp Thành
W	718	Phường	Hòa Phú
W	718	Phường	Phú Cường
W	718	Phường	Phú Hòa
W	718	Phường	Phú Lợi
W	718	Phường	Phú Mỹ
W	718	Phường	Phú Thọ
W	718	Phường	Phú Tân
W	718	Phường	Tân An
W	718	Phường	Tương Bình Hiệp
W	718	Phường	Định Hòa
W	719	Thị trấn	Lai Uyên
W	719	Xã	Cây Trường II
W	719	Xã	Hưng Hòa
W	719	Xã	Lai Hưng
W	719	Xã	Long Nguyên
W	719	Xã	Trừ Văn Thố
W	719	Xã	Tân Hưng
W	720	Thị trấn	Dầu Tiếng
W	720	Xã	An Lập
W	720	Xã	Long Hòa
W	720	Xã	Long Tân
W	720	Xã	Minh Hòa
W	720	Xã	Minh Thạnh
W	720	Xã	Minh Tân
W	720	Xã	Thanh An
W	720	Xã	Thanh Tuyền
W	720	Xã	Định An
W	720	Xã	Định Hiệp
W	720	Xã	Định Thành
W	721	Phường	An Tây
W	721	Phường	An Điền
W	721	Phường	Chánh Phú Hòa
W	721	Phường	Hòa Lợi
W	721	Phường	Mỹ Phước
W	721	Phường	Thới Hòa
W	721	Phường	Tân Định
W	721	Xã	Phú An
W	722	Thị trấn	Phước Vĩnh
W	722	Xã	An Bình
W	722	Xã	An Linh
W	722	Xã	An Long
W	722	Xã	An Thái
W	722	Xã	Phước Hòa
W	722	Xã	Phước Sang
W	722	Xã	Tam Lập
W	722	Xã	Tân Hiệp
W	722	Xã	Tân Long
W	722	Xã	Vĩnh Hòa
W	723	Phường	Hội Nghĩa
W	723	Phường	Khánh Bình
W	723	Phường	Phú Chánh
W	723	Phường	Thái Hòa
W	723	Phường	Thạnh Phước
W	723	Phường	Tân Hiệp
W	723	Phường	Tân Phước Khánh
W	723	Phường	Tân Vĩnh Hiệp
W	723	Phường	Uyên Hưng
W	723	Phường	Vĩnh Tân
W	723	Xã	Bạch Đằng
W	723	Xã	Thạnh Hội
W	724	Phường	An Bình
W	724	Phường	Bình An
W	724	Phường	Bình Thắng
W	724	Phường	Dĩ An
W	724	Phường	Tân Bình
W	724	Phường	Tân Đông Hiệp
W	724	Phường	Đông Hòa
W	725	Phường	An Phú
W	725	Phường	An Thạnh
W	725	Phường	Bình Chuẩn
W	725	Phường	Bình Hòa
W	725	Phường	Bình Nhâm
W	725	Phường	Hưng Định
W	725	Phường	Lái Thiêu
W	725	Phường	Thuận Giao
W	725	Phường	Vĩnh Phú
W	725	Xã	An Sơn
W	726	Thị trấn	Tân Bình
W	726	Thị trấn	Tân Thành
W	726	Xã	Bình Mỹ
W	726	Xã	Hiếu Liêm
W	726	Xã	Lạc An
W	726	Xã	Thường Tân
W	726	Xã	Tân Lập
W	726	Xã	Tân Mỹ
W	726	Xã	Tân Định
W	726	Xã	Đất Cuốc
W	731	Phường	An Bình
W	731	Phường	An Hòa
W	731	Phường	Bình Đa
W	731	Phường	Bửu Hòa
W	731	Phường	Bửu Long
W	731	Phường	Hiệp Hòa
W	731	Phường	Hóa An
W	731	Phường	Hố Nai
W	731	Phường	Long Bình
W	731	Phường	Long Bình Tân
W	731	Phường	Phước Tân
W	731	Phường	Quang Vinh
W	731	Phường	Tam Hiệp
W	731	Phường	Tam Phước
W	731	Phường	Thống Nhất
W	731	Phường	Trung Dũng
W	731	Phường	Trảng Dài
W	731	Phường	Tân Biên
W	731	Phường	Tân Hiệp
W	731	Phường	Tân Hòa
W	731	Phường	Tân Hạnh
W	731	Phường	Tân Mai
W	731	Phường	Tân Phong
W	731	Phường	Tân Vạn
W	731	Xã	Long Hưng
W	732	Phường	Bàu Sen
W	732	Phường	Bảo Vinh
W	732	Phường	Phú Bình
W	732	Phường	Suối Tre
W	732	Phường	Xuân An
W	732	Phường	Xuân Bình
W	732	Phường	Xuân Hòa
W	732	Phường	Xuân Lập
W	732	Phường	Xuân Tân
W	732	Xã	Bàu Trâm
W	732	Xã	Bình Lộc
W	732	Xã	Bảo Quang
W	732	Xã	Hàng Gòn
W	734	Thị trấn	Tân Phú
W	734	Xã	Nam Cát Tiên
W	734	Xã	Phú An
W	734	Xã	Phú Bình
W	734	Xã	Phú Lâm
W	734	Xã	Phú Lập
W	734	Xã	Phú Lộc
W	734	Xã	Phú Sơn
W	734	Xã	Phú Thanh
W	734	Xã	Phú Thịnh
W	734	Xã	Phú Xuân
W	734	Xã	Phú Điền
W	734	Xã	Thanh Sơn
W	734	Xã	Trà Cổ
W	734	Xã	Tà Lài
W	734	Xã	Đắc Lua
W	735	Thị trấn	Vĩnh An
W	735	Xã	Bình Lợi
W	735	Xã	Mã Đà
W	735	Xã	Phú Lý
W	735	Xã	Thiện Tân
W	735	Xã	Thạnh Phú
W	735	Xã	Trị An
W	735	Xã	Tân An
W	735	Xã	Tân Bình
W	735	Xã	Vĩnh Tân
W	736	Thị trấn	Định Quán
W	736	Xã	Gia Canh
W	736	Xã	La Ngà
W	736	Xã	Ngọc Định
W	736	Xã	Phú Cường
W	736	Xã	Phú Hòa
W	736	Xã	Phú Lợi
W	736	Xã	Phú Ngọc
W	736	Xã	Phú Tân
W	736	Xã	Phú Túc
W	736	Xã	Phú Vinh
W	736	Xã	Suối Nho
W	736	Xã	Thanh Sơn
W	736	Xã	Túc Trưng
W	737	Thị trấn	Trảng Bom
W	737	Xã	An Viễn
W	737	Xã	Bàu Hàm
W	737	Xã	Bình Minh
W	737	Xã	Bắc Sơn
W	737	Xã	Cây Gáo
W	737	Xã	Giang Điền
W	737	Xã	Hưng Thịnh
W	737	Xã	Hố Nai 3
W	737	Xã	Quảng Tiến
W	737	Xã	Sông Thao
W	737	Xã	Sông Trầu
W	737	Xã	Thanh Bình
W	737	Xã	Trung Hòa
W	737	Xã	Tây Hòa
W	737	Xã	Đông Hòa
W	737	Xã	Đồi 61
W	738	Thị trấn	Dầu Giây
W	738	Xã	Bàu Hàm 2
W	738	Xã	Gia Kiệm
W	738	Xã	Gia Tân 1
W	738	Xã	Gia Tân 2
W	738	Xã	Gia Tân 3
W	738	Xã	Hưng Lộc
W	738	Xã	Lộ 25
W	738	Xã	Quang Trung
W	738	Xã	Xuân Thiện
W	739	Thị trấn	Long Giao
W	739	Xã	Bảo Bình
W	739	Xã	Lâm San
W	739	Xã	Nhân Nghĩa
W	739	Xã	Sông Nhạn
W	739	Xã	Sông Ray
W	739	Xã	Thừa Đức
W	739	Xã	Xuân Bảo
W	739	Xã	Xuân Mỹ
W	739	Xã	Xuân Quế
W	739	Xã	Xuân Tây
W	739	Xã	Xuân Đông
W	739	Xã	Xuân Đường
W	740	Thị trấn	Long Thành
W	740	Xã	An Phước
W	740	Xã	Bàu Cạn
W	740	Xã	Bình An
W	740	Xã	Bình Sơn
W	740	Xã	Cẩm Đường
W	740	Xã	Long An
W	740	Xã	Long Phước
W	740	Xã	Long Đức
W	740	Xã	Lộc An
W	740	Xã	Phước Bình
W	740	Xã	Phước Thái
W	740	Xã	Tam An
W	740	Xã	Tân Hiệp
W	741	Thị trấn	Gia Ray
W	741	Xã	Bảo Hòa
W	741	Xã	Lang Minh
W	741	Xã	Suối Cao
W	741	Xã	Suối Cát
W	741	Xã	Xuân Bắc
W	741	Xã	Xuân Hiệp
W	741	Xã	Xuân Hòa
W	741	Xã	Xuân Hưng
W	741	Xã	Xuân Phú
W	741	Xã	Xuân Thành
W	741	Xã	Xuân Thọ
W	741	Xã	Xuân Trường
W	741	Xã	Xuân Tâm
W	741	Xã	Xuân Định
W	742	Thị trấn	Hiệp Phước
W	742	Xã	Long Thọ
W	742	Xã	Long Tân
W	742	Xã	Phú Hội
W	742	Xã	Phú Hữu
W	742	Xã	Phú Thạnh
W	742	Xã	Phú Đông
W	742	Xã	Phước An
W	742	Xã	Phước Khánh
W	742	Xã	Phước Thiền
W	742	Xã	Vĩnh Thanh
W	742	Xã	Đại Phước
W	747	Phường	Nguyễn An Ninh
W	747	Phường	Phường 1
W	747	Phường	Phường 10
W	747	Phường	Phường 11
W	747	Phường	Phường 12
W	747	Phường	Phường 2
W	747	Phường	Phường 3
W	747	Phường	Phường 4
W	747	Phường	Phường 5
W	747	Phường	Phường 7
W	747	Phường	Phường 8
W	747	Phường	Phường 9
W	747	Phường	Rạch Dừa
W	747	Phường	Thắng Nhì
W	747	Phường	Thắng Nhất
W	747	Phường	Thắng Tam
W	747	Xã	Long Sơn
W	748	Phường	Kim Dinh
W	748	Phường	Long Hương
W	748	Phường	Long Toàn
W	748	Phường	Long Tâm
W	748	Phường	Phước Hưng
W	748	Phường	Phước Nguyên
W	748	Phường	Phước Trung
W	748	Xã	Hòa Long
W	748	Xã	Long Phước
W	748	Xã	Tân Hưng
W	750	Thị trấn	Kim Long
W	750	Thị trấn	Ngãi Giao
W	750	Xã	Bàu Chinh
W	750	Xã	Bình Ba
W	750	Xã	Bình Giã
W	750	Xã	Bình Trung
W	750	Xã	Cù Bị
W	750	Xã	Láng Lớn
W	750	Xã	Nghĩa Thành
W	750	Xã	Quảng Thành
W	750	Xã	Suối Nghệ
W	750	Xã	Suối Rao
W	750	Xã	Sơn Bình
W	750	Xã	Xuân Sơn
W	750	Xã	Xà Bang
W	750	Xã	Đá Bạc
W	751	Thị trấn	Phước Bửu
W	751	Xã	Bàu Lâm
W	751	Xã	Bình Châu
W	751	Xã	Bông Trang
W	751	Xã	Bưng Riềng
W	751	Xã	Hòa Bình
W	751	Xã	Hòa Hiệp
W	751	Xã	Hòa Hưng
W	751	Xã	Hòa Hội
W	751	Xã	Phước Thuận
W	751	Xã	Phước Tân
W	751	Xã	Tân Lâm
W	751	Xã	Xuyên Mộc
W	753	Thị trấn	Long Hải
W	753	Thị trấn	Long Điền
W	753	Thị trấn	Phước Hải
W	753	Thị trấn	Đất Đỏ
W	753	Xã	Long Tân
W	753	Xã	Láng Dài
W	753	Xã	Phước Hưng
W	753	Xã	Phước Hội
W	753	Xã	Phước Long Thọ
W	753	Xã	Phước Tỉnh
W	753	Xã	Tam An
W	754	Phường	Hắc Dịch
W	754	Phường	Mỹ Xuân
W	754	Phường	Phú Mỹ
W	754	Phường	Phước Hòa
W	754	Phường	Tân Hòa
W	754	Phường	Tân Hải
W	754	Phường	Tân Phước
W	754	Xã	Châu Pha
W	754	Xã	Sông Xoài
W	754	Xã	Tóc Tiên
W	760	Phường	Bến Nghé
W	760	Phường	Bến Thành
W	760	Phường	Cô Giang
W	760	Phường	Cầu Kho
W	760	Phường	Cầu Ông Lãnh
W	760	Phường	Nguyễn Cư Trinh
W	760	Phường	Nguyễn Thái Bình
W	760	Phường	Phạm Ngũ Lão
W	760	Phường	Tân Định
W	760	Phường	Đa Kao
W	761	Phường	An Phú Đông
W	761	Phường	Hiệp Thành
W	761	Phường	Thạnh Lộc
W	761	Phường	Thạnh Xuân
W	761	Phường	Thới An
W	761	Phường	Trung Mỹ Tây
W	761	Phường	Tân Chánh Hiệp
W	761	Phường	Tân Hưng Thuận
W	761	Phường	Tân Thới Hiệp
W	761	Phường	Tân Thới Nhất
W	761	Phường	Đông Hưng Thuận
W	764	Phường	Phường 1
W	764	Phường	Phường 10
W	764	Phường	Phường 11
W	764	Phường	Phường 12
W	764	Phường	Phường 14
W	764	Phường	Phường 15
W	764	Phường	Phường 16
W	764	Phường	Phường 17
W	764	Phường	Phường 3
W	764	Phường	Phường 5
W	764	Phường	Phường 6
W	764	Phường	Phường 8
W	765	Phường	Phường 1
W	765	Phường	Phường 11
W	765	Phường	Phường 12
W	765	Phường	Phường 13
W	765	Phường	Phường 14
W	765	Phường	Phường 17
W	765	Phường	Phường 19
W	765	Phường	Phường 2
W	765	Phường	Phường 22
W	765	Phường	Phường 25
W	765	Phường	Phường 26
W	765	Phường	Phường 27
W	765	Phường	Phường 28
W	765	Phường	Phường 5
W	765	Phường	Phường 7
W	766	Phường	Phường 1
W	766	Phường	Phường 10
W	766	Phường	Phường 11
W	766	Phường	Phường 12
W	766	Phường	Phường 13
W	766	Phường	Phường 14
W	766	Phường	Phường 15
W	766	Phường	Phường 2
W	766	Phường	Phường 3
W	766	Phường	Phường 4
W	766	Phường	Phường 5
W	766	Phường	Phường 6
W	766	Phường	Phường 7
W	766	Phường	Phường 8
W	766	Phường	Phường 9
W	767	Phường	Hiệp Tân
W	767	Phường	Hòa Thạnh
W	767	Phường	Phú Thạnh
W	767	Phường	Phú Thọ Hòa
W	767	Phường	Phú Trung
W	767	Phường	Sơn Kỳ
W	767	Phường	Tân Quý
W	767	Phường	Tân Sơn Nhì
W	767	Phường	Tân Thành
W	767	Phường	Tân Thới Hòa
W	767	Phường	Tây Thạnh
W	768	Phường	Phường 1
W	768	Phường	Phường 10
W	768	Phường	Phường 11
W	768	Phường	Phường 13
W	768	Phường	Phường 2
W	768	Phường	Phường 4
W	768	Phường	Phường 7
W	768	Phường	Phường 8
W	768	Phường	Phường 9
W	768	Xã	Phường 15
W	768	Xã	Phường 5
W	769	Phường	An Khánh
W	769	Phường	An Lợi Đông
W	769	Phường	An Phú
W	769	Phường	Bình Chiểu
W	769	Phường	Bình Thọ
W	769	Phường	Bình Trưng Tây
W	769	Phường	Bình Trưng Đông
W	769	Phường	Cát Lái
W	769	Phường	Hiệp Bình Chánh
W	769	Phường	Hiệp Bình Phước
W	769	Phường	Hiệp Phú
W	769	Phường	Linh Chiểu
W	769	Phường	Linh Trung
W	769	Phường	Linh Tây
W	769	Phường	Linh Xuân
W	769	Phường	Linh Đông
W	769	Phường	Long Bình
W	769	Phường	Long Phước
W	769	Phường	Long Thạnh Mỹ
W	769	Phường	Long Trường
W	769	Phường	Phú Hữu
W	769	Phường	Phước Bình
W	769	Phường	Phước Long A
W	769	Phường	Phước Long B
W	769	Phường	Tam Bình
W	769	Phường	Tam Phú
W	769	Phường	Thạnh Mỹ Lợi
W	769	Phường	Thảo Điền
W	769	Phường	Thủ Thiêm
W	769	Phường	Trường Thạnh
W	769	Phường	Trường Thọ
W	769	Phường	Tân Phú
W	769	Phường	Tăng Nhơn Phú A
W	769	Phường	Tăng Nhơn Phú B
W	770	Phường	Phường 1
W	770	Phường	Phường 11
W	770	Phường	Phường 12
W	770	Phường	Phường 14
W	770	Phường	Phường 2
W	770	Phường	Phường 3
W	770	Phường	Phường 4
W	770	Phường	Phường 5
W	770	Phường	Phường 9
W	770	Phường	Võ Thị Sáu
W	771	Phường	Phường 1
W	771	Phường	Phường 10
W	771	Phường	Phường 12
W	771	Phường	Phường 13
W	771	Phường	Phường 14
W	771	Phường	Phường 15
W	771	Phường	Phường 2
W	771	Phường	Phường 4
W	771	Phường	Phường 6
W	771	Phường	Phường 8
W	771	Phường	Phường 9
W	772	Phường	Phường 1
W	772	Phường	Phường 10
W	772	Phường	Phường 11
W	772	Phường	Phường 14
W	772	Phường	Phường 15
W	772	Phường	Phường 16
W	772	Phường	Phường 3
W	772	Phường	Phường 5
W	772	Phường	Phường 7
W	772	Phường	Phường 8
W	773	Phường	Phường 1
W	773	Phường	Phường 13
W	773	Phường	Phường 15
W	773	Phường	Phường 16
W	773	Phường	Phường 18
W	773	Phường	Phường 2
W	773	Phường	Phường 3
W	773	Phường	Phường 4
W	773	Phường	Phường 8
W	773	Phường	Phường 9
W	774	Phường	Phường 1
W	774	Phường	Phường 11
W	774	Phường	Phường 12
W	774	Phường	Phường 13
W	774	Phường	Phường 14
W	774	Phường	Phường 2
W	774	Phường	Phường 4
W	774	Phường	Phường 5
W	774	Phường	Phường 7
W	774	Phường	Phường 9
W	775	Phường	Phường 1
W	775	Phường	Phường 10
W	775	Phường	Phường 11
W	775	Phường	Phường 12
W	775	Phường	Phường 13
W	775	Phường	Phường 14
W	775	Phường	Phường 2
W	775	Phường	Phường 7
W	775	Phường	Phường 8
W	775	Phường	Phường 9
W	776	Phường	Hưng Phú
W	776	Phường	Phường 14
W	776	Phường	Phường 15
W	776	Phường	Phường 16
W	776	Phường	Phường 4
W	776	Phường	Phường 5
W	776	Phường	Phường 6
W	776	Phường	Phường 7
W	776	Phường	Rạch Ông
W	776	Phường	Xóm Củi
W	777	Phường	An Lạc
W	777	Phường	An Lạc A
W	777	Phường	Bình Hưng Hòa
W	777	Phường	Bình Hưng Hòa A
W	777	Phường	Bình Hưng Hòa B
W	777	Phường	Bình Trị Đông
W	777	Phường	Bình Trị Đông A
W	777	Phường	Bình Trị Đông B
W	777	Phường	Tân Tạo
W	777	Phường	Tân Tạo A
W	778	Phường	Bình Thuận
W	778	Phường	Phú Mỹ
W	778	Phường	Phú Thuận
W	778	Phường	Tân Hưng
W	778	Phường	Tân Kiểng
W	778	Phường	Tân Phong
W	778	Phường	Tân Phú
W	778	Phường	Tân Quy
W	778	Phường	Tân Thuận Tây
W	778	Phường	Tân Thuận Đông
W	783	Thị trấn	Củ Chi
W	783	Xã	An Nhơn Tây
W	783	Xã	An Phú
W	783	Xã	Bình Mỹ
W	783	Xã	Hòa Phú
W	783	Xã	Nhuận Đức
W	783	Xã	Phú Hòa Đông
W	783	Xã	Phú Mỹ Hưng
W	783	Xã	Phước Hiệp
W	783	Xã	Phước Thạnh
W	783	Xã	Phước Vĩnh An
W	783	Xã	Phạm Văn Cội
W	783	Xã	Thái Mỹ
W	783	Xã	Trung An
W	783	Xã	Trung Lập Hạ
W	783	Xã	Trung Lập Thượng
W	783	Xã	Tân An Hội
W	783	Xã	Tân Phú Trung
W	783	Xã	Tân Thông Hội
W	783	Xã	Tân Thạnh Tây
W	783	Xã	Tân Thạnh Đông
W	784	Thị trấn	Hóc Môn
W	784	Xã	Bà Điểm
W	784	Xã	Nhị Bình
W	784	Xã	Thới Tam Thôn
W	784	Xã	Trung Chánh
W	784	Xã	Tân Hiệp
W	784	Xã	Tân Thới Nhì
W	784	Xã	Tân Xuân
W	784	Xã	Xuân Thới Sơn
W	784	Xã	Xuân Thới Thượng
W	784	Xã	Xuân Thới Đông
W	784	Xã	Đông Thạnh
W	785	Thị trấn	Tân Túc
W	785	Xã	An Phú Tây
W	785	Xã	Bình Chánh
W	785	Xã	Bình Hưng
W	785	Xã	Bình Lợi
W	785	Xã	Hưng Long
W	785	Xã	Lê Minh Xuân
W	785	Xã	Phong Phú
W	785	Xã	Phạm Văn Hai
W	785	Xã	Qui Đức
W	785	Xã	Tân Kiên
W	785	Xã	Tân Nhựt
W	785	Xã	Tân Quý Tây
W	785	Xã	Vĩnh Lộc A
W	785	Xã	Vĩnh Lộc B
W	785	Xã	Đa Phước
W	786	Thị trấn	Nhà Bè
W	786	Xã	Hiệp Phước
W	786	Xã	Long Thới
W	786	Xã	Nhơn Đức
W	786	Xã	Phú Xuân
W	786	Xã	Phước Kiển
W	786	Xã	Phước Lộc
W	787	Thị trấn	Cần Thạnh
W	787	Xã	An Thới Đông
W	787	Xã	Bình Khánh
W	787	Xã	Long Hòa
W	787	Xã	Lý Nhơn
W	787	Xã	Tam Thôn Hiệp
W	787	Xã	Thạnh An
W	794	Phường	Khánh Hậu
W	794	Phường	Phường 1
W	794	Phường	Phường 3
W	794	Phường	Phường 4
W	794	Phường	Phường 5
W	794	Phường	Phường 6
W	794	Phường	Phường 7
W	794	Phường	Tân Khánh
W	794	Xã	An Vĩnh Ngãi
W	794	Xã	Bình Tâm
W	794	Xã	Hướng Thọ Phú
W	794	Xã	Lợi Bình Nhơn
W	794	Xã	Nhơn Thạnh Trung
W	795	Phường	Phường 1
W	795	Phường	Phường 2
W	795	Phường	Phường 3
W	795	Xã	Bình Hiệp
W	795	Xã	Bình Tân
W	795	Xã	Thạnh Hưng
W	795	Xã	Thạnh Trị
W	795	Xã	Tuyên Thạnh
W	796	Thị trấn	Tân Hưng
W	796	Xã	Hưng Hà
W	796	Xã	Hưng Thạnh
W	796	Xã	Hưng Điền
W	796	Xã	Hưng Điền B
W	796	Xã	Thạnh Hưng
W	796	Xã	Vĩnh Bửu
W	796	Xã	Vĩnh Châu A
W	796	Xã	Vĩnh Châu B
W	796	Xã	Vĩnh Lợi
W	796	Xã	Vĩnh Thạnh
W	796	Xã	Vĩnh Đại
W	797	Thị trấn	Vĩnh Hưng
W	797	Xã	Hưng Điền A
W	797	Xã	Khánh Hưng
W	797	Xã	Thái Bình Trung
W	797	Xã	Thái Trị
W	797	Xã	Tuyên Bình
W	797	Xã	Tuyên Bình Tây
W	797	Xã	Vĩnh Bình
W	797	Xã	Vĩnh Thuận
W	797	Xã	Vĩnh Trị
W	798	Thị trấn	Bình Phong Thạnh
W	798	Xã	Bình Hòa Trung
W	798	Xã	Bình Hòa Tây
W	798	Xã	Bình Hòa Đông
W	798	Xã	Bình Thạnh
W	798	Xã	Tân Lập
W	798	Xã	Tân Thành
W	799	Thị trấn	Tân Thạnh
W	799	Xã	Bắc Hòa
W	799	Xã	Hậu Thạnh Tây
W	799	Xã	Hậu Thạnh Đông
W	799	Xã	Kiến Bình
W	799	Xã	Nhơn Hòa
W	799	Xã	Nhơn Hòa Lập
W	799	Xã	Nhơn Ninh
W	799	Xã	Tân Bình
W	799	Xã	Tân Hòa
W	799	Xã	Tân Lập
W	799	Xã	Tân Ninh
W	799	Xã	Tân Thành
W	800	Thị trấn	Thạnh Hóa
W	800	Xã	Thuận Bình
W	800	Xã	Thuận Nghĩa Hòa
W	800	Xã	Thạnh An
W	800	Xã	Thạnh Phú
W	800	Xã	Thạnh Phước
W	800	Xã	Thủy Tây
W	800	Xã	Thủy Đông
W	800	Xã	Tân Hiệp
W	800	Xã	Tân Tây
W	800	Xã	Tân Đông
W	801	Thị trấn	Đông Thành
W	801	Xã	Bình Hòa Bắc
W	801	Xã	Bình Hòa Hưng
W	801	Xã	Bình Hòa Nam
W	801	Xã	Bình Thành
W	801	Xã	Mỹ Bình
W	801	Xã	Mỹ Quý Tây
W	801	Xã	Mỹ Quý Đông
W	801	Xã	Mỹ Thạnh Bắc
W	801	Xã	Mỹ Thạnh Tây
W	801	Xã	Mỹ Thạnh Đông
W	802	Thị trấn	Hiệp Hòa (Thị trấn)
W	802	Thị trấn	Hậu Nghĩa
W	802	Thị trấn	Đức Hòa
W	802	Xã	An Ninh Tây
W	802	Xã	An Ninh Đông
W	802	Xã	Hiệp Hòa (Xã)
W	802	Xã	Hòa Khánh Nam
W	802	Xã	Hòa Khánh Tây
W	802	Xã	Hòa Khánh Đông
W	802	Xã	Hựu Thạnh
W	802	Xã	Lộc Giang
W	802	Xã	Mỹ Hạnh Bắc
W	802	Xã	Mỹ Hạnh Nam
W	802	Xã	Tân Mỹ
W	802	Xã	Tân Phú
W	802	Xã	Đức Hòa Hạ
W	802	Xã	Đức Hòa Thượng
W	802	Xã	Đức Hòa Đông
W	802	Xã	Đức Lập Hạ
W	802	Xã	Đức Lập Thượng
W	803	Thị trấn	Bến Lức
W	803	Xã	An Thạnh
W	803	Xã	Bình Đức
W	803	Xã	Long Hiệp
W	803	Xã	Lương Bình
W	803	Xã	Lương Hòa
W	803	Xã	Mỹ Yên
W	803	Xã	Nhựt Chánh
W	803	Xã	Phước Lợi
W	803	Xã	Thanh Phú
W	803	Xã	Thạnh Hòa
W	803	Xã	Thạnh Lợi
W	803	Xã	Thạnh Đức
W	803	Xã	Tân Bửu
W	804	Thị trấn	Thủ Thừa
W	804	Xã	Bình An
W	804	Xã	Bình Thạnh
W	804	Xã	Long Thuận
W	804	Xã	Long Thạnh
W	804	Xã	Mỹ An
W	804	Xã	Mỹ Lạc
W	804	Xã	Mỹ Phú
W	804	Xã	Mỹ Thạnh
W	804	Xã	Nhị Thành
W	804	Xã	Tân Long
W	804	Xã	Tân Thành
W	805	Thị trấn	Tân Trụ
W	805	Xã	Bình Lãng
W	805	Xã	Bình Trinh Đông
W	805	Xã	Bình Tịnh
W	805	Xã	Lạc Tấn
W	805	Xã	Nhựt Ninh
W	805	Xã	Quê Mỹ Thạnh
W	805	Xã	Tân Bình
W	805	Xã	Tân Phước Tây
W	805	Xã	Đức Tân
W	806	Thị trấn	Cần Đước
W	806	Xã	Long Cang
W	806	Xã	Long Hòa
W	806	Xã	Long Hựu Tây
W	806	Xã	Long Hựu Đông
W	806	Xã	Long Khê
W	806	Xã	Long Sơn
W	806	Xã	Long Trạch
W	806	Xã	Long Định
W	806	Xã	Mỹ Lệ
W	806	Xã	Phước Tuy
W	806	Xã	Phước Vân
W	806	Xã	Phước Đông
W	806	Xã	Tân Chánh
W	806	Xã	Tân Lân
W	806	Xã	Tân Trạch
W	806	Xã	Tân Ân
W	807	Thị trấn	Cần Giuộc
W	807	Xã	Long An
W	807	Xã	Long Hậu
W	807	Xã	Long Phụng
W	807	Xã	Long Thượng
W	807	Xã	Mỹ Lộc
W	807	Xã	Phước Hậu
W	807	Xã	Phước Lâm
W	807	Xã	Phước Lý
W	807	Xã	Phước Lại
W	807	Xã	Phước Vĩnh Tây
W	807	Xã	Phước Vĩnh Đông
W	807	Xã	Thuận Thành
W	807	Xã	Tân Tập
W	807	Xã	Đông Thạnh
W	808	Thị trấn	Tầm Vu
W	808	Xã	An Lục Long
W	808	Xã	Bình Quới
W	808	Xã	Dương Xuân Hội
W	808	Xã	Hiệp Thạnh
W	808	Xã	Hòa Phú
W	808	Xã	Long Trì
W	808	Xã	Phú Ngãi Trị
W	808	Xã	Phước Tân Hưng
W	808	Xã	Thanh Phú Long
W	808	Xã	Thanh Vĩnh Đông
W	808	Xã	Thuận Mỹ
W	808	Xã	Vĩnh Công
W	815	Phường	Phường 1
W	815	Phường	Phường 10
W	815	Phường	Phường 2
W	815	Phường	Phường 4
W	815	Phường	Phường 5
W	815	Phường	Phường 6
W	815	Phường	Phường 9
W	815	Phường	Tân Long
W	815	Xã	Mỹ Phong
W	815	Xã	Phước Thạnh
W	815	Xã	Thới Sơn
W	815	Xã	Trung An
W	815	Xã	Tân Mỹ Chánh
W	815	Xã	Đạo Thạnh
W	816	Phường	Long Chánh
W	816	Phường	Long Hòa
W	816	Phường	Long Hưng
W	816	Phường	Long Thuận
W	816	Phường	Phường 1
W	816	Phường	Phường 2
W	816	Phường	Phường 5
W	816	Xã	Bình Xuân
W	816	Xã	Bình Đông
W	816	Xã	Tân Trung
W	817	Phường	Nhị Mỹ
W	817	Phường	Phường 1
W	817	Phường	Phường 2
W	817	Phường	Phường 3
W	817	Phường	Phường 4
W	817	Phường	Phường 5
W	817	Xã	Long Khánh
W	817	Xã	Mỹ Hạnh Trung
W	817	Xã	Mỹ Hạnh Đông
W	817	Xã	Mỹ Phước Tây
W	817	Xã	Nhị Quý
W	817	Xã	Phú Quý
W	817	Xã	Thanh Hòa
W	817	Xã	Tân Bình
W	817	Xã	Tân Hội
W	817	Xã	Tân Phú
W	818	Thị trấn	Mỹ Phước
W	818	Xã	Hưng Thạnh
W	818	Xã	Phú Mỹ
W	818	Xã	Phước Lập
W	818	Xã	Thạnh Hòa
W	818	Xã	Thạnh Mỹ
W	818	Xã	Thạnh Tân
W	818	Xã	Tân Hòa Thành
W	818	Xã	Tân Hòa Tây
W	818	Xã	Tân Hòa Đông
W	818	Xã	Tân Lập 1
W	818	Xã	Tân Lập 2
W	819	Thị trấn	Cái Bè
W	819	Xã	An Cư
W	819	Xã	An Hữu
W	819	Xã	An Thái Trung
W	819	Xã	An Thái Đông
W	819	Xã	Hòa Hưng
W	819	Xã	Hòa Khánh
W	819	Xã	Hậu Mỹ Bắc A
W	819	Xã	Hậu Mỹ Bắc B
W	819	Xã	Hậu Mỹ Phú
W	819	Xã	Hậu Mỹ Trinh
W	819	Xã	Hậu Thành
W	819	Xã	Mỹ Hội
W	819	Xã	Mỹ Lương
W	819	Xã	Mỹ Lợi A
W	819	Xã	Mỹ Lợi B
W	819	Xã	Mỹ Trung
W	819	Xã	Mỹ Tân
W	819	Xã	Mỹ Đức Tây
W	819	Xã	Mỹ Đức Đông
W	819	Xã	Thiện Trung
W	819	Xã	Thiện Trí
W	819	Xã	Tân Hưng
W	819	Xã	Tân Thanh
W	819	Xã	Đông Hòa Hiệp
W	820	Thị trấn	Bình Phú
W	820	Xã	Cẩm Sơn
W	820	Xã	Hiệp Đức
W	820	Xã	Hội Xuân
W	820	Xã	Long Tiên
W	820	Xã	Long Trung
W	820	Xã	Mỹ Long
W	820	Xã	Mỹ Thành Bắc
W	820	Xã	Mỹ Thành Nam
W	820	Xã	Ngũ Hiệp
W	820	Xã	Phú An
W	820	Xã	Phú Cường
W	820	Xã	Phú Nhuận
W	820	Xã	Tam Bình
W	820	Xã	Thạnh Lộc
W	820	Xã	Tân Phong
W	821	Thị trấn	Tân Hiệp
W	821	Xã	Bàn Long
W	821	Xã	Bình Trưng
W	821	Xã	Bình Đức
W	821	Xã	Kim Sơn
W	821	Xã	Long An
W	821	Xã	Long Hưng
W	821	Xã	Long Định
W	821	Xã	Nhị Bình
W	821	Xã	Phú Phong
W	821	Xã	Song Thuận
W	821	Xã	Tam Hiệp
W	821	Xã	Thân Cửu Nghĩa
W	821	Xã	Thạnh Phú
W	821	Xã	Tân Hương
W	821	Xã	Tân Hội Đông
W	821	Xã	Tân Lý Đông
W	821	Xã	Vĩnh Kim
W	821	Xã	Điềm Hy
W	821	Xã	Đông Hòa
W	822	Thị trấn	Chợ Gạo
W	822	Xã	An Thạnh Thủy
W	822	Xã	Bình Ninh
W	822	Xã	Bình Phan
W	822	Xã	Bình Phục Nhứt
W	822	Xã	Hòa Tịnh
W	822	Xã	Hòa Định
W	822	Xã	Long Bình Điền
W	822	Xã	Lương Hòa Lạc
W	822	Xã	Mỹ Tịnh An
W	822	Xã	Phú Kiết
W	822	Xã	Quơn Long
W	822	Xã	Song Bình
W	822	Xã	Thanh Bình
W	822	Xã	Trung Hòa
W	822	Xã	Tân Bình Thạnh
W	822	Xã	Tân Thuận Bình
W	822	Xã	Xuân Đông
W	822	Xã	Đăng Hưng Phước
W	823	Thị trấn	Vĩnh Bình
W	823	Xã	Bình Nhì
W	823	Xã	Bình Phú
W	823	Xã	Bình Tân
W	823	Xã	Long Bình
W	823	Xã	Long Vĩnh
W	823	Xã	Thành Công
W	823	Xã	Thạnh Nhựt
W	823	Xã	Thạnh Trị
W	823	Xã	Vĩnh Hựu
W	823	Xã	Yên Luông
W	823	Xã	Đồng Sơn
W	823	Xã	Đồng Thạnh
W	824	Thị trấn	Tân Hòa
W	824	Thị trấn	Vàm Láng
W	824	Xã	Bình Nghị
W	824	Xã	Bình Ân
W	824	Xã	Gia Thuận
W	824	Xã	Kiểng Phước
W	824	Xã	Phước Trung
W	824	Xã	Tân Phước
W	824	Xã	Tân Thành
W	824	Xã	Tân Tây
W	824	Xã	Tân Điền
W	824	Xã	Tân Đông
W	824	Xã	Tăng Hòa
W	825	Xã	Phú Thạnh
W	825	Xã	Phú Tân
W	825	Xã	Phú Đông
W	825	Xã	Tân Phú
W	825	Xã	Tân Thạnh
W	825	Xã	Tân Thới
W	829	Phường	An Hội
W	829	Phường	Phú Khương
W	829	Phường	Phú Tân
W	829	Phường	Phường 6
W	829	Phường	Phường 7
W	829	Phường	Phường 8
W	829	Xã	Bình Phú
W	829	Xã	Mỹ Thạnh An
W	829	Xã	Nhơn Thạnh
W	829	Xã	Phú Hưng
W	829	Xã	Phú Nhuận
W	829	Xã	Sơn Đông
W	831	Thị trấn	Châu Thành
W	831	Thị trấn	Tiên Thủy
W	831	Xã	An Phước
W	831	Xã	Giao Long
W	831	Xã	Hữu Định
W	831	Xã	Phú Túc
W	831	Xã	Phú Đức
W	831	Xã	Phước Thạnh
W	831	Xã	Quới Sơn
W	831	Xã	Quới Thành
W	831	Xã	Tam Phước
W	831	Xã	Thành Triệu
W	831	Xã	Tiên Long
W	831	Xã	Tân Phú
W	831	Xã	Tân Thạch
W	831	Xã	Tường Đa
W	832	Thị trấn	Chợ Lách
W	832	Xã	Hòa Nghĩa
W	832	Xã	Hưng Khánh Trung B
W	832	Xã	Long Thới
W	832	Xã	Phú Phụng
W	832	Xã	Phú Sơn
W	832	Xã	Sơn Định
W	832	Xã	Tân Thiềng
W	832	Xã	Vĩnh Bình
W	832	Xã	Vĩnh Hòa
W	832	Xã	Vĩnh Thành
W	833	Thị trấn	Mỏ Cày
W	833	Xã	An Thạnh
W	833	Xã	An Thới
W	833	Xã	An Định
W	833	Xã	Bình Khánh
W	833	Xã	Cẩm Sơn
W	833	Xã	Hương Mỹ
W	833	Xã	Minh Đức
W	833	Xã	Ngãi Đăng
W	833	Xã	Phước Hiệp
W	833	Xã	Thành Thới A
W	833	Xã	Thành Thới B
W	833	Xã	Tân Hội
W	833	Xã	Tân Trung
W	833	Xã	Đa Phước Hội
W	833	Xã	Định Thủy
W	834	Thị trấn	Giồng Trôm
W	834	Xã	Bình Hòa
W	834	Xã	Bình Thành
W	834	Xã	Châu Bình
W	834	Xã	Châu Hòa
W	834	Xã	Hưng Lễ
W	834	Xã	Hưng Nhượng
W	834	Xã	Hưng Phong
W	834	Xã	Long Mỹ
W	834	Xã	Lương Hòa
W	834	Xã	Lương Phú
W	834	Xã	Lương Quới
W	834	Xã	Mỹ Thạnh
W	834	Xã	Phong Nẫm
W	834	Xã	Phước Long
W	834	Xã	Sơn Phú
W	834	Xã	Thuận Điền
W	834	Xã	Thạnh Phú Đông
W	834	Xã	Tân Hào
W	834	Xã	Tân Lợi Thạnh
W	834	Xã	Tân Thanh
W	835	Thị trấn	Bình Đại
W	835	Xã	Bình Thắng
W	835	Xã	Bình Thới
W	835	Xã	Châu Hưng
W	835	Xã	Long Hòa
W	835	Xã	Long Định
W	835	Xã	Lộc Thuận
W	835	Xã	Phú Long
W	835	Xã	Phú Thuận
W	835	Xã	Tam Hiệp
W	835	Xã	Thạnh Phước
W	835	Xã	Thạnh Trị
W	835	Xã	Thới Lai
W	835	Xã	Thới Thuận
W	835	Xã	Thừa Đức
W	835	Xã	Vang Quới Tây
W	835	Xã	Vang Quới Đông
W	835	Xã	Đại Hòa Lộc
W	835	Xã	Định Trung
W	836	Thị trấn	Ba Tri
W	836	Thị trấn	Tiệm Tôm
W	836	Xã	An Bình Tây
W	836	Xã	An Hiệp
W	836	Xã	An Hòa Tây
W	836	Xã	An Ngãi Trung
W	836	Xã	An Ngãi Tây
W	836	Xã	An Phú Trung
W	836	Xã	An Đức
W	836	Xã	Bảo Thuận
W	836	Xã	Bảo Thạnh
W	836	Xã	Mỹ Chánh
W	836	Xã	Mỹ Hòa
W	836	Xã	Mỹ Nhơn
W	836	Xã	Mỹ Thạnh
W	836	Xã	Phú Lễ
W	836	Xã	Phước Ngãi
W	836	Xã	Tân Hưng
W	836	Xã	Tân Thủy
W	836	Xã	Tân Xuân
W	836	Xã	Vĩnh An
W	836	Xã	Vĩnh Hòa
W	837	Thị trấn	Thạnh Phú
W	837	Xã	An Nhơn
W	837	Xã	An Qui
W	837	Xã	An Thuận
W	837	Xã	An Thạnh
W	837	Xã	An Điền
W	837	Xã	Bình Thạnh
W	837	Xã	Giao Thạnh
W	837	Xã	Hòa Lợi
W	837	Xã	Mỹ An
W	837	Xã	Mỹ Hưng
W	837	Xã	Phú Khánh
W	837	Xã	Quới Điền
W	837	Xã	Thạnh Hải
W	837	Xã	Thạnh Phong
W	837	Xã	Thới Thạnh
W	837	Xã	Tân Phong
W	837	Xã	Đại Điền
W	838	Thị trấn	Phước Mỹ Trung
W	838	Xã	Hòa Lộc
W	838	Xã	Hưng Khánh Trung A
W	838	Xã	Khánh Thạnh Tân
W	838	Xã	Nhuận Phú Tân
W	838	Xã	Phú Mỹ
W	838	Xã	Thanh Tân
W	838	Xã	Thành An
W	838	Xã	Thạnh Ngãi
W	838	Xã	Tân Bình
W	838	Xã	Tân Phú Tây
W	838	Xã	Tân Thanh Tây
W	838	Xã	Tân Thành Bình
W	842	Phường	Phường 1
W	842	Phường	Phường 3
W	842	Phường	Phường 4
W	842	Phường	Phường 5
W	842	Phường	Phường 7
W	842	Phường	Phường 8
W	842	Phường	Phường 9
W	842	Xã	Long Đức
W	844	Thị trấn	Càng Long
W	844	Xã	An Trường
W	844	Xã	An Trường A
W	844	Xã	Bình Phú
W	844	Xã	Huyền Hội
W	844	Xã	Mỹ Cẩm
W	844	Xã	Nhị Long
W	844	Xã	Nhị Long Phú
W	844	Xã	Phương Thạnh
W	844	Xã	Tân An
W	844	Xã	Tân Bình
W	844	Xã	Đại Phúc
W	844	Xã	Đại Phước
W	844	Xã	Đức Mỹ
W	845	Thị trấn	Cầu Kè
W	845	Xã	An Phú Tân
W	845	Xã	Châu Điền
W	845	Xã	Hòa Tân
W	845	Xã	Hòa Ân
W	845	Xã	Ninh Thới
W	845	Xã	Phong Phú
W	845	Xã	Phong Thạnh
W	845	Xã	Tam Ngãi
W	845	Xã	Thông Hòa
W	845	Xã	Thạnh Phú
W	846	Thị trấn	Cầu Quan
W	846	Thị trấn	Tiểu Cần
W	846	Xã	Hiếu Trung
W	846	Xã	Hiếu Tử
W	846	Xã	Hùng Hòa
W	846	Xã	Long Thới
W	846	Xã	Ngãi Hùng
W	846	Xã	Phú Cần
W	846	Xã	Tân Hòa
W	846	Xã	Tân Hùng
W	846	Xã	Tập Ngãi
W	847	Thị trấn	Châu Thành
W	847	Xã	Hòa Lợi
W	847	Xã	Hòa Minh
W	847	Xã	Hòa Thuận
W	847	Xã	Hưng Mỹ
W	847	Xã	Long Hòa
W	847	Xã	Lương Hòa
W	847	Xã	Lương Hòa A
W	847	Xã	Mỹ Chánh
W	847	Xã	Nguyệt Hóa
W	847	Xã	Phước Hảo
W	847	Xã	Song Lộc
W	847	Xã	Thanh Mỹ
W	847	Xã	Đa Lộc
W	848	Thị trấn	Cầu Ngang
W	848	Thị trấn	Mỹ Long
W	848	Xã	Hiệp Hòa
W	848	Xã	Hiệp Mỹ Tây
W	848	Xã	Hiệp Mỹ Đông
W	848	Xã	Kim Hòa
W	848	Xã	Long Sơn
W	848	Xã	Mỹ Hòa
W	848	Xã	Mỹ Long Bắc
W	848	Xã	Mỹ Long Nam
W	848	Xã	Nhị Trường
W	848	Xã	Thuận Hòa
W	848	Xã	Thạnh Hòa Sơn
W	848	Xã	Trường Thọ
W	848	Xã	Vinh Kim
W	849	Thị trấn	Trà Cú
W	849	Thị trấn	Định An (Thị trấn)
W	849	Xã	An Quảng Hữu
W	849	Xã	Hàm Giang
W	849	Xã	Hàm Tân
W	849	Xã	Kim Sơn
W	849	Xã	Long Hiệp
W	849	Xã	Lưu Nghiệp Anh
W	849	Xã	Ngãi Xuyên
W	849	Xã	Ngọc Biên
W	849	Xã	Phước Hưng
W	849	Xã	Thanh Sơn
W	849	Xã	Tân Hiệp
W	849	Xã	Tân Sơn
W	849	Xã	Tập Sơn
W	849	Xã	Đại An
W	849	Xã	Định An (Xã)
W	850	Thị trấn	Long Thành
W	850	Xã	Long Khánh
W	850	Xã	Long Vĩnh
W	850	Xã	Ngũ Lạc
W	850	Xã	Đôn Châu
W	850	Xã	Đôn Xuân
W	850	Xã	Đông Hải
W	851	Phường	Phường 1
W	851	Phường	Phường 2
W	851	Xã	Dân Thành
W	851	Xã	Hiệp Thạnh
W	851	Xã	Long Hữu
W	851	Xã	Long Toàn
W	851	Xã	Trường Long Hòa
W	855	Phường	Phường 1
W	855	Phường	Phường 3
W	855	Phường	Phường 4
W	855	Phường	Phường 5
W	855	Phường	Phường 8
W	855	Phường	Phường 9
W	855	Phường	Trường An
W	855	Phường	Tân Hòa
W	855	Phường	Tân Hội
W	855	Phường	Tân Ngãi
W	857	Thị trấn	Long Hồ
W	857	Xã	An Bình
W	857	Xã	Bình Hòa Phước
W	857	Xã	Hòa Ninh
W	857	Xã	Hòa Phú
W	857	Xã	Long An
W	857	Xã	Long Phước
W	857	Xã	Lộc Hòa
W	857	Xã	Phú Quới
W	857	Xã	Phước Hậu
W	857	Xã	Thanh Đức
W	857	Xã	Thạnh Quới
W	857	Xã	Tân Hạnh
W	857	Xã	Đồng Phú
W	858	Thị trấn	Cái Nhum
W	858	Xã	An Phước
W	858	Xã	Bình Phước
W	858	Xã	Chánh An
W	858	Xã	Hòa Tịnh
W	858	Xã	Long Mỹ
W	858	Xã	Mỹ An
W	858	Xã	Mỹ Phước
W	858	Xã	Nhơn Phú
W	858	Xã	Tân An Hội
W	858	Xã	Tân Long
W	858	Xã	Tân Long Hội
W	859	Thị trấn	Vũng Liêm
W	859	Xã	Hiếu Nghĩa
W	859	Xã	Hiếu Nhơn
W	859	Xã	Hiếu Phụng
W	859	Xã	Hiếu Thuận
W	859	Xã	Hiếu Thành
W	859	Xã	Quới An
W	859	Xã	Quới Thiện
W	859	Xã	Thanh Bình
W	859	Xã	Trung An
W	859	Xã	Trung Chánh
W	859	Xã	Trung Hiếu
W	859	Xã	Trung Hiệp
W	859	Xã	Trung Nghĩa
W	859	Xã	Trung Ngãi
W	859	Xã	Trung Thành
W	859	Xã	Trung Thành Tây
W	859	Xã	Trung Thành Đông
W	859	Xã	Tân An Luông
W	859	Xã	Tân Quới Trung
W	860	Thị trấn	Tam Bình
W	860	Xã	Bình Ninh
W	860	Xã	Hòa Hiệp
W	860	Xã	Hòa Lộc
W	860	Xã	Hòa Thạnh
W	860	Xã	Hậu Lộc
W	860	Xã	Loan Mỹ
W	860	Xã	Long Phú
W	860	Xã	Mỹ Lộc
W	860	Xã	Mỹ Thạnh Trung
W	860	Xã	Ngãi Tứ
W	860	Xã	Phú Lộc
W	860	Xã	Phú Thịnh
W	860	Xã	Song Phú
W	860	Xã	Tân Lộc
W	860	Xã	Tân Phú
W	861	Phường	Cái Vồn
W	861	Phường	Thành Phước
W	861	Phường	Đông Thuận
W	861	Xã	Mỹ Hòa
W	861	Xã	Thuận An
W	861	Xã	Đông Bình
W	861	Xã	Đông Thành
W	861	Xã	Đông Thạnh
W	862	Thị trấn	Trà Ôn
W	862	Xã	Hòa Bình
W	862	Xã	Hựu Thành
W	862	Xã	Lục Sĩ Thành
W	862	Xã	Nhơn Bình
W	862	Xã	Phú Thành
W	862	Xã	Thuận Thới
W	862	Xã	Thới Hòa
W	862	Xã	Trà Côn
W	862	Xã	Tân Mỹ
W	862	Xã	Tích Thiện
W	862	Xã	Vĩnh Xuân
W	862	Xã	Xuân Hiệp
W	863	Thị trấn	Tân Quới
W	863	Xã	Mỹ Thuận
W	863	Xã	Nguyễn Văn Thảnh
W	863	Xã	Thành Lợi
W	863	Xã	Thành Trung
W	863	Xã	Tân An Thạnh
W	863	Xã	Tân Bình
W	863	Xã	Tân Lược
W	863	Xã	Tân Thành
W	866	Phường	Hòa Thuận
W	866	Phường	Mỹ Ngãi
W	866	Phường	Mỹ Phú
W	866	Phường	Phường 1
W	866	Phường	Phường 3
W	866	Phường	Phường 4
W	866	Phường	Phường 6
W	866	Xã	Hòa An
W	866	Xã	Mỹ Trà
W	866	Xã	Mỹ Tân
W	866	Xã	Tân Thuận Tây
W	866	Xã	Tân Thuận Đông
W	866	Xã	Tịnh Thới
W	867	Phường	An Hòa
W	867	Phường	Phường 1
W	867	Phường	Phường 2
W	867	Phường	Phường 3
W	867	Phường	Phường 4
W	867	Phường	Tân Quy Đông
W	867	Xã	Tân Khánh Đông
W	867	Xã	Tân Phú Đông
W	867	Xã	Tân Quy Tây
W	868	Phường	An Bình A
W	868	Phường	An Bình B
W	868	Phường	An Lạc
W	868	Phường	An Lộc
W	868	Phường	An Thạnh
W	868	Xã	Bình Thạnh
W	868	Xã	Tân Hội
W	869	Thị trấn	Sa Rài
W	869	Xã	An Phước
W	869	Xã	Bình Phú
W	869	Xã	Thông Bình
W	869	Xã	Tân Công Chí
W	869	Xã	Tân Hộ Cơ
W	869	Xã	Tân Phước
W	869	Xã	Tân Thành A
W	869	Xã	Tân Thành B
W	870	Thị trấn	Thường Thới Tiền
W	870	Xã	Long Khánh A
W	870	Xã	Long Khánh B
W	870	Xã	Long Thuận
W	870	Xã	Phú Thuận A
W	870	Xã	Phú Thuận B
W	870	Xã	Thường Lạc
W	870	Xã	Thường Phước 1
W	870	Xã	Thường Phước 2
W	870	Xã	Thường Thới Hậu A
W	871	Thị trấn	Tràm Chim
W	871	Xã	An Hòa
W	871	Xã	An Long
W	871	Xã	Hòa Bình
W	871	Xã	Phú Cường
W	871	Xã	Phú Hiệp
W	871	Xã	Phú Ninh
W	871	Xã	Phú Thành A
W	871	Xã	Phú Thành B
W	871	Xã	Phú Thọ
W	871	Xã	Phú Đức
W	871	Xã	Tân Công Sính
W	872	Thị trấn	Mỹ An (Thị trấn)
W	872	Xã	Hưng Thạnh
W	872	Xã	Láng Biển
W	872	Xã	Mỹ An (Xã)
W	872	Xã	Mỹ Hòa
W	872	Xã	Mỹ Quý
W	872	Xã	Mỹ Đông
W	872	Xã	Phú Điền
W	872	Xã	Thanh Mỹ
W	872	Xã	Thạnh Lợi
W	872	Xã	Trường Xuân
W	872	Xã	Tân Kiều
W	872	Xã	Đốc Binh Kiều
W	873	Thị trấn	Mỹ Thọ (Thị trấn)
W	873	Xã	An Bình
W	873	Xã	Ba Sao
W	873	Xã	Bình Hàng Trung
W	873	Xã	Bình Hàng Tây
W	873	Xã	Bình Thạnh
W	873	Xã	Gáo Giồng
W	873	Xã	Mỹ Hiệp
W	873	Xã	Mỹ Hội
W	873	Xã	Mỹ Long
W	873	Xã	Mỹ Thọ (Xã)
W	873	Xã	Mỹ Xương
W	873	Xã	Nhị Mỹ
W	873	Xã	Phong Mỹ
W	873	Xã	Phương Thịnh
W	873	Xã	Phương Trà
W	873	Xã	Tân Hội Trung
W	873	Xã	Tân Nghĩa
W	874	Thị trấn	Thanh Bình
W	874	Xã	An Phong
W	874	Xã	Bình Thành
W	874	Xã	Bình Tấn
W	874	Xã	Phú Lợi
W	874	Xã	Tân Bình
W	874	Xã	Tân Huề
W	874	Xã	Tân Hòa
W	874	Xã	Tân Long
W	874	Xã	Tân Mỹ
W	874	Xã	Tân Phú
W	874	Xã	Tân Quới
W	874	Xã	Tân Thạnh
W	875	Thị trấn	Lấp Vò
W	875	Xã	Bình Thành
W	875	Xã	Bình Thạnh Trung
W	875	Xã	Hội An Đông
W	875	Xã	Long Hưng A
W	875	Xã	Long Hưng B
W	875	Xã	Mỹ An Hưng A
W	875	Xã	Mỹ An Hưng B
W	875	Xã	Tân Khánh Trung
W	875	Xã	Tân Mỹ
W	875	Xã	Vĩnh Thạnh
W	875	Xã	Định An
W	875	Xã	Định Yên
W	876	Thị trấn	Lai Vung
W	876	Xã	Hòa Long
W	876	Xã	Hòa Thành
W	876	Xã	Long Hậu
W	876	Xã	Long Thắng
W	876	Xã	Phong Hòa
W	876	Xã	Tân Dương
W	876	Xã	Tân Hòa
W	876	Xã	Tân Phước
W	876	Xã	Tân Thành
W	876	Xã	Vĩnh Thới
W	876	Xã	Định Hòa
W	877	Thị trấn	Cái Tàu Hạ
W	877	Xã	An Hiệp
W	877	Xã	An Khánh
W	877	Xã	An Nhơn
W	877	Xã	An Phú Thuận
W	877	Xã	Hòa Tân
W	877	Xã	Phú Hựu
W	877	Xã	Phú Long
W	877	Xã	Tân Bình
W	877	Xã	Tân Nhuận Đông
W	877	Xã	Tân Phú
W	877	Xã	Tân Phú Trung
W	883	Phường	Bình Khánh
W	883	Phường	Bình Đức
W	883	Phường	Mỹ Bình
W	883	Phường	Mỹ Hòa
W	883	Phường	Mỹ Long
W	883	Phường	Mỹ Phước
W	883	Phường	Mỹ Quý
W	883	Phường	Mỹ Thạnh
W	883	Phường	Mỹ Thới
W	883	Phường	Mỹ Xuyên
W	883	Xã	Mỹ Hòa Hưng
W	883	Xã	Mỹ Khánh
W	884	Phường	Châu Phú A
W	884	Phường	Châu Phú B
W	884	Phường	Núi Sam
W	884	Phường	Vĩnh Mỹ
W	884	Phường	Vĩnh Nguơn
W	884	Xã	Vĩnh Châu
W	884	Xã	Vĩnh Tế
W	886	Thị trấn	An Phú
W	886	Thị trấn	Long Bình
W	886	Thị trấn	Đa Phước
W	886	Xã	Khánh An
W	886	Xã	Khánh Bình
W	886	Xã	Nhơn Hội
W	886	Xã	Phú Hội
W	886	Xã	Phú Hữu
W	886	Xã	Phước Hưng
W	886	Xã	Quốc Thái
W	886	Xã	Vĩnh Hậu
W	886	Xã	Vĩnh Hội Đông
W	886	Xã	Vĩnh Lộc
W	886	Xã	Vĩnh Trường
W	887	Phường	Long Châu
W	887	Phường	Long Hưng
W	887	Phường	Long Phú
W	887	Phường	Long Sơn
W	887	Phường	Long Thạnh
W	887	Xã	Châu Phong
W	887	Xã	Long An
W	887	Xã	Lê Chánh
W	887	Xã	Phú Lộc
W	887	Xã	Phú Vĩnh
W	887	Xã	Tân An
W	887	Xã	Tân Thạnh
W	887	Xã	Vĩnh Hòa
W	887	Xã	Vĩnh Xương
W	888	Thị trấn	Chợ Vàm
W	888	Thị trấn	Phú Mỹ
W	888	Xã	Bình Thạnh Đông
W	888	Xã	Hiệp Xương
W	888	Xã	Hòa Lạc
W	888	Xã	Long Hòa
W	888	Xã	Phú An
W	888	Xã	Phú Bình
W	888	Xã	Phú Hiệp
W	888	Xã	Phú Hưng
W	888	Xã	Phú Long
W	888	Xã	Phú Lâm
W	888	Xã	Phú Thành
W	888	Xã	Phú Thạnh
W	888	Xã	Phú Thọ
W	888	Xã	Phú Xuân
W	888	Xã	Tân Hòa
W	888	Xã	Tân Trung
W	889	Thị trấn	Cái Dầu
W	889	Thị trấn	Vĩnh Thạnh Trung
W	889	Xã	Bình Chánh
W	889	Xã	Bình Long
W	889	Xã	Bình Mỹ
W	889	Xã	Bình Phú
W	889	Xã	Bình Thủy
W	889	Xã	Khánh Hòa
W	889	Xã	Mỹ Phú
W	889	Xã	Mỹ Đức
W	889	Xã	Thạnh Mỹ Tây
W	889	Xã	Ô Long Vĩ
W	889	Xã	Đào Hữu Cảnh
W	890	Phường	An Phú
W	890	Phường	Chi Lăng
W	890	Phường	Nhà Bàng
W	890	Phường	Nhơn Hưng
W	890	Phường	Núi Voi
W	890	Phường	Thới Sơn
W	890	Phường	Tịnh Biên
W	890	Xã	An Cư
W	890	Xã	An Hảo
W	890	Xã	An Nông
W	890	Xã	Tân Lập
W	890	Xã	Tân Lợi
W	890	Xã	Văn Giáo
W	890	Xã	Vĩnh Trung
W	891	Thị trấn	Ba Chúc
W	891	Thị trấn	Cô Tô
W	891	Thị trấn	Tri Tôn
W	891	Xã	An Tức
W	891	Xã	Châu Lăng
W	891	Xã	Lê Trì
W	891	Xã	Lương An Trà
W	891	Xã	Lương Phi
W	891	Xã	Lạc Quới
W	891	Xã	Núi Tô
W	891	Xã	Tà Đảnh
W	891	Xã	Tân Tuyến
W	891	Xã	Vĩnh Gia
W	891	Xã	Vĩnh Phước
W	891	Xã	Ô Lâm
W	892	Thị trấn	An Châu
W	892	Thị trấn	Vĩnh Bình
W	892	Xã	An Hòa
W	892	Xã	Bình Hòa
W	892	Xã	Bình Thạnh
W	892	Xã	Cần Đăng
W	892	Xã	Hòa Bình Thạnh
W	892	Xã	Tân Phú
W	892	Xã	Vĩnh An
W	892	Xã	Vĩnh Hanh
W	892	Xã	Vĩnh Lợi
W	892	Xã	Vĩnh Nhuận
W	892	Xã	Vĩnh Thành
W	893	Thị trấn	Chợ Mới
W	893	Thị trấn	Hội An
W	893	Thị trấn	Mỹ Luông
W	893	Xã	An Thạnh Trung
W	893	Xã	Bình Phước Xuân
W	893	Xã	Hòa An
W	893	Xã	Hòa Bình
W	893	Xã	Kiến An
W	893	Xã	Kiến Thành
W	893	Xã	Long Giang
W	893	Xã	Long Kiến
W	893	Xã	Long Điền A
W	893	Xã	Long Điền B
W	893	Xã	Mỹ An
W	893	Xã	Mỹ Hiệp
W	893	Xã	Mỹ Hội Đông
W	893	Xã	Nhơn Mỹ
W	893	Xã	Tấn Mỹ
W	894	Thị trấn	Núi Sập
W	894	Thị trấn	Phú Hòa
W	894	Thị trấn	Óc Eo
W	894	Xã	An Bình
W	894	Xã	Bình Thành
W	894	Xã	Mỹ Phú Đông
W	894	Xã	Phú Thuận
W	894	Xã	Thoại Giang
W	894	Xã	Tây Phú
W	894	Xã	Vĩnh Chánh
W	894	Xã	Vĩnh Khánh
W	894	Xã	Vĩnh Phú
W	894	Xã	Vĩnh Trạch
W	894	Xã	Vọng Thê
W	894	Xã	Vọng Đông
W	894	Xã	Định Mỹ
W	894	Xã	Định Thành
W	899	Phường	An Bình
W	899	Phường	An Hòa
W	899	Phường	Rạch Sỏi
W	899	Phường	Vĩnh Hiệp
W	899	Phường	Vĩnh Lạc
W	899	Phường	Vĩnh Lợi
W	899	Phường	Vĩnh Quang
W	899	Phường	Vĩnh Thanh
W	899	Phường	Vĩnh Thanh Vân
W	899	Phường	Vĩnh Thông
W	899	Xã	Phi Thông
W	900	Phường	Bình San
W	900	Phường	Mỹ Đức
W	900	Phường	Pháo Đài
W	900	Phường	Tô Châu
W	900	Phường	Đông Hồ
W	900	Xã	Thuận Yên
W	900	Xã	Tiên Hải
W	902	Thị trấn	Kiên Lương
W	902	Xã	Bình An
W	902	Xã	Bình Trị
W	902	Xã	Dương Hòa
W	902	Xã	Hòa Điền
W	902	Xã	Hòn Nghệ
W	902	Xã	Kiên Bình
W	902	Xã	Sơn Hải
W	903	Thị trấn	Hòn Đất
W	903	Thị trấn	Sóc Sơn
W	903	Xã	Bình Giang
W	903	Xã	Bình Sơn
W	903	Xã	Lình Huỳnh
W	903	Xã	Mỹ Hiệp Sơn
W	903	Xã	Mỹ Lâm
W	903	Xã	Mỹ Phước
W	903	Xã	Mỹ Thuận
W	903	Xã	Mỹ Thái
W	903	Xã	Nam Thái Sơn
W	903	Xã	Sơn Bình
W	903	Xã	Sơn Kiên
W	903	Xã	Thổ Sơn
W	904	Thị trấn	Tân Hiệp
W	904	Xã	Thạnh Trị
W	904	Xã	Thạnh Đông
W	904	Xã	Thạnh Đông A
W	904	Xã	Thạnh Đông B
W	904	Xã	Tân An
W	904	Xã	Tân Hiệp A
W	904	Xã	Tân Hiệp B
W	904	Xã	Tân Hòa
W	904	Xã	Tân Hội
W	904	Xã	Tân Thành
W	905	Thị trấn	Minh Lương
W	905	Xã	Bình An
W	905	Xã	Giục Tượng
W	905	Xã	Minh Hòa
W	905	Xã	Mong Thọ
W	905	Xã	Mong Thọ A
W	905	Xã	Mong Thọ B
W	905	Xã	Thạnh Lộc
W	905	Xã	Vĩnh Hòa Hiệp
W	905	Xã	Vĩnh Hòa Phú
W	906	Thị trấn	Giồng Riềng
W	906	Xã	Bàn Thạch
W	906	Xã	Bàn Tân Định
W	906	Xã	Hòa An
W	906	Xã	Hòa Hưng
W	906	Xã	Hòa Lợi
W	906	Xã	Hòa Thuận
W	906	Xã	Long Thạnh
W	906	Xã	Ngọc Chúc
W	906	Xã	Ngọc Hòa
W	906	Xã	Ngọc Thuận
W	906	Xã	Ngọc Thành
W	906	Xã	Thạnh Bình
W	906	Xã	Thạnh Hòa
W	906	Xã	Thạnh Hưng
W	906	Xã	Thạnh Lộc
W	906	Xã	Thạnh Phước
W	906	Xã	Vĩnh Phú
W	906	Xã	Vĩnh Thạnh
W	907	Thị trấn	Gò Quao
W	907	Xã	Thới Quản
W	907	Xã	Thủy Liễu
W	907	Xã	Vĩnh Hòa Hưng Bắc
W	907	Xã	Vĩnh Hòa Hưng Nam
W	907	Xã	Vĩnh Phước A
W	907	Xã	Vĩnh Phước B
W	907	Xã	Vĩnh Thắng
W	907	Xã	Vĩnh Tuy
W	907	Xã	Định An
W	907	Xã	Định Hòa
W	908	Thị trấn	Thứ Ba
W	908	Xã	Hưng Yên
W	908	Xã	Nam Thái
W	908	Xã	Nam Thái A
W	908	Xã	Nam Yên
W	908	Xã	Tây Yên
W	908	Xã	Tây Yên A
W	908	Xã	Đông Thái
W	908	Xã	Đông Yên
W	909	Thị trấn	Thứ Mười Một
W	909	Xã	Thuận Hòa
W	909	Xã	Tân Thạnh
W	909	Xã	Vân Khánh
W	909	Xã	Vân Khánh Tây
W	909	Xã	Vân Khánh Đông
W	909	Xã	Đông Hòa
W	909	Xã	Đông Hưng
W	909	Xã	Đông Hưng A
W	909	Xã	Đông Hưng B
W	909	Xã	Đông Thạnh
W	910	Thị trấn	Vĩnh Thuận (Thị trấn)
W	910	Xã	Bình Minh
W	910	Xã	Phong Đông
W	910	Xã	Tân Thuận
W	910	Xã	Vĩnh Bình Bắc
W	910	Xã	Vĩnh Bình Nam
W	910	Xã	Vĩnh Phong
W	910	Xã	Vĩnh Thuận (Xã)
W	911	Phường	An Thới
W	911	Phường	Dương Đông
W	911	Xã	Bãi Thơm
W	911	Xã	Cửa Cạn
W	911	Xã	Cửa Dương
W	911	Xã	Dương Tơ
W	911	Xã	Gành Dầu
W	911	Xã	Hàm Ninh
W	911	Xã	Thổ Châu
W	912	Xã	An Sơn
W	912	Xã	Hòn Tre
W	912	Xã	Lại Sơn
W	912	Xã	Nam Du
W	913	Xã	An Minh Bắc
W	913	Xã	Hòa Chánh
W	913	Xã	Minh Thuận
W	913	Xã	Thạnh Yên
W	913	Xã	Thạnh Yên A
W	913	Xã	Vĩnh Hòa
W	914	Xã	Phú Lợi
W	914	Xã	Phú Mỹ
W	914	Xã	Tân Khánh Hòa
W	914	Xã	Vĩnh Phú
W	914	Xã	Vĩnh Điều
W	916	Phường	An Bình
W	916	Phường	An Hòa
W	916	Phường	An Khánh
W	916	Phường	Cái Khế
W	916	Phường	Hưng Lợi
W	916	Phường	Thới Bình
W	916	Phường	Tân An
W	916	Phường	Xuân Khánh
W	917	Phường	Châu Văn Liêm
W	917	Phường	Long Hưng
W	917	Phường	Phước Thới
W	917	Phường	Thới An
W	917	Phường	Thới Hòa
W	917	Phường	Thới Long
W	917	Phường	Trường Lạc
W	918	Phường	An Thới
W	918	Phường	Bình Thủy
W	918	Phường	Bùi Hữu Nghĩa
W	918	Phường	Long Hòa
W	918	Phường	Long Tuyền
W	918	Phường	Thới An Đông
W	918	Phường	Trà An
W	918	Phường	Trà Nóc
W	919	Phường	Ba Láng
W	919	Phường	Hưng Phú
W	919	Phường	Hưng Thạnh
W	919	Phường	Lê Bình
W	919	Phường	Phú Thứ
W	919	Phường	Thường Thạnh
W	919	Phường	Tân Phú
W	923	Phường	Thuận An
W	923	Phường	Thuận Hưng
W	923	Phường	Thạnh Hòa
W	923	Phường	Thốt Nốt
W	923	Phường	Thới Thuận
W	923	Phường	Trung Kiên
W	923	Phường	Trung Nhứt
W	923	Phường	Tân Hưng
W	923	Phường	Tân Lộc
W	924	Thị trấn	Thạnh An (Thị trấn)
W	924	Thị trấn	Vĩnh Thạnh
W	924	Xã	Thạnh An (Xã)
W	924	Xã	Thạnh Lộc
W	924	Xã	Thạnh Lợi
W	924	Xã	Thạnh Mỹ
W	924	Xã	Thạnh Quới
W	924	Xã	Thạnh Thắng
W	924	Xã	Thạnh Tiến
W	924	Xã	Vĩnh Bình
W	924	Xã	Vĩnh Trinh
W	925	Thị trấn	Cờ Đỏ
W	925	Xã	Thạnh Phú
W	925	Xã	Thới Hưng
W	925	Xã	Thới Xuân
W	925	Xã	Thới Đông
W	925	Xã	Trung An
W	925	Xã	Trung Hưng
W	925	Xã	Trung Thạnh
W	925	Xã	Đông Hiệp
W	925	Xã	Đông Thắng
W	926	Thị trấn	Phong Điền
W	926	Xã	Giai Xuân
W	926	Xã	Mỹ Khánh
W	926	Xã	Nhơn Nghĩa
W	926	Xã	Nhơn Ái
W	926	Xã	Trường Long
W	926	Xã	Tân Thới
W	927	Thị trấn	Thới Lai
W	927	Xã	Thới Thạnh
W	927	Xã	Thới Tân
W	927	Xã	Trường Thành
W	927	Xã	Trường Thắng
W	927	Xã	Trường Xuân
W	927	Xã	Trường Xuân A
W	927	Xã	Trường Xuân B
W	927	Xã	Tân Thạnh
W	927	Xã	Xuân Thắng
W	927	Xã	Đông Bình
W	927	Xã	Đông Thuận
W	927	Xã	Định Môn
W	930	Phường	I
W	930	Phường	III
W	930	Phường	IV
W	930	Phường	V
W	930	Phường	VII
W	930	Xã	Hỏa Lựu
W	930	Xã	Hỏa Tiến
W	930	Xã	Tân Tiến
W	930	Xã	Vị Tân
W	931	Phường	Hiệp Lợi
W	931	Phường	Hiệp Thành
W	931	Phường	Lái Hiếu
W	931	Phường	Ngã Bảy
W	931	Xã	Tân Thành
W	931	Xã	Đại Thành
W	932	Thị trấn	Bảy Ngàn
W	932	Thị trấn	Cái Tắc
W	932	Thị trấn	Một Ngàn
W	932	Thị trấn	Rạch Gòi
W	932	Xã	Nhơn Nghĩa A
W	932	Xã	Thạnh Xuân
W	932	Xã	Trường Long A
W	932	Xã	Trường Long Tây
W	932	Xã	Tân Hòa
W	932	Xã	Tân Phú Thạnh
W	933	Thị trấn	Mái Dầm
W	933	Thị trấn	Ngã Sáu
W	933	Xã	Phú Hữu
W	933	Xã	Phú Tân
W	933	Xã	Đông Phú
W	933	Xã	Đông Phước
W	933	Xã	Đông Phước A
W	933	Xã	Đông Thạnh
W	934	Thị trấn	Búng Tàu
W	934	Thị trấn	Cây Dương
W	934	Thị trấn	Kinh Cùng
W	934	Xã	Bình Thành
W	934	Xã	Hiệp Hưng
W	934	Xã	Hòa An
W	934	Xã	Hòa Mỹ
W	934	Xã	Long Thạnh
W	934	Xã	Phương Bình
W	934	Xã	Phương Phú
W	934	Xã	Phụng Hiệp
W	934	Xã	Thạnh Hòa
W	934	Xã	Tân Bình
W	934	Xã	Tân Long
W	934	Xã	Tân Phước Hưng
W	935	Thị trấn	Nàng Mau
W	935	Xã	Vĩnh Thuận Tây
W	935	Xã	Vĩnh Trung
W	935	Xã	Vĩnh Tường
W	935	Xã	Vị Bình
W	935	Xã	Vị Thanh
W	935	Xã	Vị Thắng
W	935	Xã	Vị Thủy
W	935	Xã	Vị Trung
W	935	Xã	Vị Đông
W	936	Thị trấn	Vĩnh Viễn
W	936	Xã	Lương Nghĩa
W	936	Xã	Lương Tâm
W	936	Xã	Thuận Hòa
W	936	Xã	Thuận Hưng
W	936	Xã	Vĩnh Thuận Đông
W	936	Xã	Vĩnh Viễn A
W	936	Xã	Xà Phiên
W	937	Phường	Bình Thạnh
W	937	Phường	Thuận An
W	937	Phường	Trà Lồng
W	937	Phường	Vĩnh Tường
W	937	Xã	Long Bình
W	937	Xã	Long Phú
W	937	Xã	Long Trị
W	937	Xã	Long Trị A
W	937	Xã	Tân Phú
W	941	Phường	Phường 1
W	941	Phường	Phường 10
W	941	Phường	Phường 2
W	941	Phường	Phường 3
W	941	Phường	Phường 4
W	941	Phường	Phường 5
W	941	Phường	Phường 6
W	941	Phường	Phường 7
W	941	Phường	Phường 8
W	942	Thị trấn	Châu Thành
W	942	Xã	An Hiệp
W	942	Xã	An Ninh
W	942	Xã	Hồ Đắc Kiện
W	942	Xã	Phú Tâm
W	942	Xã	Phú Tân
W	942	Xã	Thiện Mỹ
W	942	Xã	Thuận Hòa
W	943	Thị trấn	An Lạc Thôn
W	943	Thị trấn	Kế Sách
W	943	Xã	An Lạc Tây
W	943	Xã	An Mỹ
W	943	Xã	Ba Trinh
W	943	Xã	Kế An
W	943	Xã	Kế Thành
W	943	Xã	Nhơn Mỹ
W	943	Xã	Phong Nẫm
W	943	Xã	Thới An Hội
W	943	Xã	Trinh Phú
W	943	Xã	Xuân Hòa
W	943	Xã	Đại Hải
W	944	Thị trấn	Huỳnh Hữu Nghĩa
W	944	Xã	Hưng Phú
W	944	Xã	Long Hưng
W	944	Xã	Mỹ Hương
W	944	Xã	Mỹ Phước
W	944	Xã	Mỹ Thuận
W	944	Xã	Mỹ Tú
W	944	Xã	Phú Mỹ
W	944	Xã	Thuận Hưng
W	945	Thị trấn	Cù Lao Dung
W	945	Xã	An Thạnh 1
W	945	Xã	An Thạnh 2
W	945	Xã	An Thạnh 3
W	945	Xã	An Thạnh Nam
W	945	Xã	An Thạnh Tây
W	945	Xã	An Thạnh Đông
W	945	Xã	Đại Ân 1
W	946	Thị trấn	Long Phú (Thị trấn)
W	946	Thị trấn	Đại Ngãi
W	946	Xã	Châu Khánh
W	946	Xã	Hậu Thạnh
W	946	Xã	Long Phú (Xã)
W	946	Xã	Long Đức
W	946	Xã	Phú Hữu
W	946	Xã	Song Phụng
W	946	Xã	Trường Khánh
W	946	Xã	Tân Hưng
W	946	Xã	Tân Thạnh
W	947	Thị trấn	Mỹ Xuyên
W	947	Xã	Gia Hòa 1
W	947	Xã	Gia Hòa 2
W	947	Xã	Hòa Tú 1
W	947	Xã	Hòa Tú 2
W	947	Xã	Ngọc Tố
W	947	Xã	Ngọc Đông
W	947	Xã	Tham Đôn
W	947	Xã	Thạnh Phú
W	947	Xã	Thạnh Quới
W	947	Xã	Đại Tâm
W	948	Phường	Phường 1
W	948	Phường	Phường 2
W	948	Phường	Phường 3
W	948	Xã	Long Bình
W	948	Xã	Mỹ Bình
W	948	Xã	Mỹ Quới
W	948	Xã	Tân Long
W	948	Xã	Vĩnh Quới
W	949	Thị trấn	Hưng Lợi
W	949	Thị trấn	Phú Lộc
W	949	Xã	Châu Hưng
W	949	Xã	Lâm Kiết
W	949	Xã	Lâm Tân
W	949	Xã	Thạnh Trị
W	949	Xã	Thạnh Tân
W	949	Xã	Tuân Tức
W	949	Xã	Vĩnh Lợi
W	949	Xã	Vĩnh Thành
W	950	Phường	Khánh Hòa
W	950	Phường	Phường 1
W	950	Phường	Phường 2
W	950	Phường	Vĩnh Phước
W	950	Xã	Hòa Đông
W	950	Xã	Lai Hòa
W	950	Xã	Lạc Hòa
W	950	Xã	Vĩnh Hiệp
W	950	Xã	Vĩnh Hải
W	950	Xã	Vĩnh Tân
W	951	Thị trấn	Lịch Hội Thượng (Thị trấn)
W	951	Thị trấn	Trần Đề
W	951	Xã	Liêu Tú
W	951	Xã	Lịch Hội Thượng (Xã)
W	951	Xã	Thạnh Thới An
W	951	Xã	Thạnh Thới Thuận
W	951	Xã	Trung Bình
W	951	Xã	Tài Văn
W	951	Xã	Viên An
W	951	Xã	Viên Bình
W	951	Xã	Đại Ân 2
W	954	Phường	Nhà Mát
W	954	Phường	Phường 1
W	954	Phường	Phường 2
W	954	Phường	Phường 3
W	954	Phường	Phường 5
W	954	Phường	Phường 7
W	954	Phường	Phường 8
W	954	Xã	Hiệp Thành
W	954	Xã	Vĩnh Trạch
W	954	Xã	Vĩnh Trạch Đông
W	956	Thị trấn	Ngan Dừa
W	956	Xã	Lộc Ninh
W	956	Xã	Ninh Hòa
W	956	Xã	Ninh Quới
W	956	Xã	Ninh Quới A
W	956	Xã	Ninh Thạnh Lợi
W	956	Xã	Ninh Thạnh Lợi A
W	956	Xã	Vĩnh Lộc
W	956	Xã	Vĩnh Lộc A
W	957	Thị trấn	Phước Long (Thị trấn)
W	957	Xã	Hưng Phú
W	957	Xã	Phong Thạnh Tây A
W	957	Xã	Phong Thạnh Tây B
W	957	Xã	Phước Long (Xã)
W	957	Xã	Vĩnh Phú Tây
W	957	Xã	Vĩnh Phú Đông
W	957	Xã	Vĩnh Thanh
W	958	Thị trấn	Châu Hưng
W	958	Xã	Châu Hưng A
W	958	Xã	Châu Thới
W	958	Xã	Hưng Hội
W	958	Xã	Hưng Thành
W	958	Xã	Long Thạnh
W	958	Xã	Vĩnh Hưng
W	958	Xã	Vĩnh Hưng A
W	959	Phường	Hộ Phòng
W	959	Phường	Láng Tròn
W	959	Phường	Phường 1
W	959	Xã	Phong Thạnh
W	959	Xã	Phong Thạnh A
W	959	Xã	Phong Thạnh Tây
W	959	Xã	Phong Thạnh Đông
W	959	Xã	Phong Tân
W	959	Xã	Tân Phong
W	959	Xã	Tân Thạnh
W	960	Thị trấn	Gành Hào
W	960	Xã	An Phúc
W	960	Xã	An Trạch
W	960	Xã	An Trạch A
W	960	Xã	Long Điền
W	960	Xã	Long Điền Tây
W	960	Xã	Long Điền Đông
W	960	Xã	Long Điền Đông A
W	960	Xã	Điền Hải
W	960	Xã	Định Thành
W	960	Xã	Định Thành A
W	961	Thị trấn	Hòa Bình
W	961	Xã	Minh Diệu
W	961	Xã	Vĩnh Bình
W	961	Xã	Vĩnh Hậu
W	961	Xã	Vĩnh Hậu A
W	961	Xã	Vĩnh Mỹ A
W	961	Xã	Vĩnh Mỹ B
W	961	Xã	Vĩnh Thịnh
W	964	Phường	Phường 1
W	964	Phường	Phường 2
W	964	Phường	Phường 5
W	964	Phường	Phường 6
W	964	Phường	Phường 7
W	964	Phường	Phường 8
W	964	Phường	Phường 9
W	964	Phường	Tân Thành (Phường)
W	964	Phường	Tân Xuyên
W	964	Xã	An Xuyên
W	964	Xã	Hòa Thành
W	964	Xã	Hòa Tân
W	964	Xã	Lý Văn Lâm
W	964	Xã	Tân Thành (Xã)
W	964	Xã	Tắc Vân
W	964	Xã	Định Bình
W	966	Thị trấn	U Minh
W	966	Xã	Khánh An
W	966	Xã	Khánh Hòa
W	966	Xã	Khánh Hội
W	966	Xã	Khánh Lâm
W	966	Xã	Khánh Thuận
W	966	Xã	Khánh Tiến
W	966	Xã	Nguyễn Phích
W	967	Thị trấn	Thới Bình (Thị trấn)
W	967	Xã	Biển Bạch
W	967	Xã	Biển Bạch Đông
W	967	Xã	Hồ Thị Kỷ
W	967	Xã	Thới Bình (Xã)
W	967	Xã	Trí Lực
W	967	Xã	Trí Phải
W	967	Xã	Tân Bằng
W	967	Xã	Tân Lộc
W	967	Xã	Tân Lộc Bắc
W	967	Xã	Tân Lộc Đông
W	967	Xã	Tân Phú
W	968	Thị trấn	Sông Đốc
W	968	Thị trấn	Trần Văn Thời
W	968	Xã	Khánh Bình
W	968	Xã	Khánh Bình Tây
W	968	Xã	Khánh Bình Tây Bắc
W	968	Xã	Khánh Bình Đông
W	968	Xã	Khánh Hưng
W	968	Xã	Khánh Hải
W	968	Xã	Khánh Lộc
W	968	Xã	Lợi An
W	968	Xã	Phong Lạc
W	968	Xã	Phong Điền
W	968	Xã	Trần Hợi
W	969	Thị trấn	Cái Nước
W	969	Xã	Hòa Mỹ
W	969	Xã	Hưng Mỹ
W	969	Xã	Lương Thế Trân
W	969	Xã	Phú Hưng
W	969	Xã	Thạnh Phú
W	969	Xã	Trần Thới
W	969	Xã	Tân Hưng
W	969	Xã	Tân Hưng Đông
W	969	Xã	Đông Hưng
W	969	Xã	Đông Thới
W	970	Thị trấn	Đầm Dơi
W	970	Xã	Nguyễn Huân
W	970	Xã	Ngọc Chánh
W	970	Xã	Quách Phẩm
W	970	Xã	Quách Phẩm Bắc
W	970	Xã	Thanh Tùng
W	970	Xã	Trần Phán
W	970	Xã	Tân Duyệt
W	970	Xã	Tân Dân
W	970	Xã	Tân Thuận
W	970	Xã	Tân Tiến
W	970	Xã	Tân Trung
W	970	Xã	Tân Đức
W	970	Xã	Tạ An Khương
W	970	Xã	Tạ An Khương Nam
W	970	Xã	Tạ An Khương Đông
W	971	Thị trấn	Năm Căn
W	971	Xã	Hiệp Tùng
W	971	Xã	Hàm Rồng
W	971	Xã	Hàng Vịnh
W	971	Xã	Lâm Hải
W	971	Xã	Tam Giang
W	971	Xã	Tam Giang Đông
W	971	Xã	Đất Mới
W	972	Thị trấn	Cái Đôi Vàm
W	972	Xã	Nguyễn Việt Khái
W	972	Xã	Phú Mỹ
W	972	Xã	Phú Thuận
W	972	Xã	Phú Tân
W	972	Xã	Rạch Chèo
W	972	Xã	Tân Hưng Tây
W	972	Xã	Tân Hải
W	972	Xã	Việt Thắng
W	973	Thị trấn	Rạch Gốc
W	973	Xã	Tam Giang Tây
W	973	Xã	Tân Ân
W	973	Xã	Tân Ân Tây
W	973	Xã	Viên An
W	973	Xã	Viên An Đông
W	973	Xã	Đất Mũi
N	01	Phường	Ba Đình
N	01	Phường	Bạch Mai
N	01	Phường	Bồ Đề
N	01	Phường	Chương Mỹ
N	01	Phường	Cầu Giấy
N	01	Phường	Cửa Nam
N	01	Phường	Dương Nội
N	01	Phường	Giảng Võ
N	01	Phường	Hai Bà Trưng
N	01	Phường	Hoàn Kiếm
N	01	Phường	Hoàng Liệt
N	01	Phường	Hoàng Mai
N	01	Phường	Hà Đông
N	01	Phường	Hồng Hà
N	01	Phường	Khương Đình
N	01	Phường	Kim Liên
N	01	Phường	Kiến Hưng
N	01	Phường	Long Biên
N	01	Phường	Láng
N	01	Phường	Lĩnh Nam
N	01	Phường	Nghĩa Đô
N	01	Phường	Ngọc Hà
N	01	Phường	Phú Diễn
N	01	Phường	Phú Lương
N	01	Phường	Phú Thượng
N	01	Phường	Phúc Lợi
N	01	Phường	Phương Liệt
N	01	Phường	Sơn Tây
N	01	Phường	Thanh Liệt
N	01	Phường	Thanh Xuân
N	01	Phường	Thượng Cát
N	01	Phường	Tây Hồ
N	01	Phường	Tây Mỗ
N	01	Phường	Tây Tựu
N	01	Phường	Tùng Thiện
N	01	Phường	Tương Mai
N	01	Phường	Từ Liêm
N	01	Phường	Việt Hưng
N	01	Phường	Văn Miếu - Quốc Tử Giám
N	01	Phường	Vĩnh Hưng
N	01	Phường	Vĩnh Tuy
N	01	Phường	Xuân Phương
N	01	Phường	Xuân Đỉnh
N	01	Phường	Yên Hòa
N	01	Phường	Yên Nghĩa
N	01	Phường	Yên Sở
N	01	Phường	Ô Chợ Dừa
N	01	Phường	Đông Ngạc
N	01	Phường	Đại Mỗ
N	01	Phường	Định Công
N	01	Phường	Đống Đa
N	01	Xã	An Khánh
N	01	Xã	Ba Vì
N	01	Xã	Bát Tràng
N	01	Xã	Bình Minh
N	01	Xã	Bất Bạt
N	01	Xã	Chuyên Mỹ
N	01	Xã	Chương Dương
N	01	Xã	Cổ Đô
N	01	Xã	Dân Hòa
N	01	Xã	Dương Hòa
N	01	Xã	Gia Lâm
N	01	Xã	Hoài Đức
N	01	Xã	Hát Môn
N	01	Xã	Hòa Lạc
N	01	Xã	Hòa Phú
N	01	Xã	Hòa Xá
N	01	Xã	Hưng Đạo
N	01	Xã	Hương Sơn
N	01	Xã	Hạ Bằng
N	01	Xã	Hồng Sơn
N	01	Xã	Hồng Vân
N	01	Xã	Kim Anh
N	01	Xã	Kiều Phú
N	01	Xã	Liên Minh
N	01	Xã	Minh Châu
N	01	Xã	Mê Linh
N	01	Xã	Mỹ Đức
N	01	Xã	Nam Phù
N	01	Xã	Ngọc Hồi
N	01	Xã	Nội Bài
N	01	Xã	Phù Đổng
N	01	Xã	Phú Cát
N	01	Xã	Phú Nghĩa
N	01	Xã	Phú Xuyên
N	01	Xã	Phúc Lộc
N	01	Xã	Phúc Sơn
N	01	Xã	Phúc Thịnh
N	01	Xã	Phúc Thọ
N	01	Xã	Phượng Dực
N	01	Xã	Quang Minh
N	01	Xã	Quảng Bị
N	01	Xã	Quảng Oai
N	01	Xã	Quốc Oai
N	01	Xã	Suối Hai
N	01	Xã	Sóc Sơn
N	01	Xã	Sơn Đồng
N	01	Xã	Tam Hưng
N	01	Xã	Thanh Oai
N	01	Xã	Thanh Trì
N	01	Xã	Thiên Lộc
N	01	Xã	Thuận An
N	01	Xã	Thư Lâm
N	01	Xã	Thường Tín
N	01	Xã	Thượng Phúc
N	01	Xã	Thạch Thất
N	01	Xã	Tiến Thắng
N	01	Xã	Trung Giã
N	01	Xã	Trần Phú
N	01	Xã	Tây Phương
N	01	Xã	Vân Đình
N	01	Xã	Vĩnh Thanh
N	01	Xã	Vật Lại
N	01	Xã	Xuân Mai
N	01	Xã	Yên Bài
N	01	Xã	Yên Lãng
N	01	Xã	Yên Xuân
N	01	Xã	Ô Diên
N	01	Xã	Đa Phúc
N	01	Xã	Đan Phượng
N	01	Xã	Đoài Phương
N	01	Xã	Đông Anh
N	01	Xã	Đại Thanh
N	01	Xã	Đại Xuyên
N	01	Xã	Ứng Hòa
N	01	Xã	Ứng Thiên
N	04	Phường	Nùng Trí Cao
N	04	Phường	Thục Phán
N	04	Phường	Tân Giang
N	04	Xã	Bạch Đằng
N	04	Xã	Bảo Lâm
N	04	Xã	Bảo Lạc
N	04	Xã	Bế Văn Đàn
N	04	Xã	Ca Thành
N	04	Xã	Canh Tân
N	04	Xã	Cô Ba
N	04	Xã	Cần Yên
N	04	Xã	Cốc Pàng
N	04	Xã	Huy Giáp
N	04	Xã	Hà Quảng
N	04	Xã	Hòa An
N	04	Xã	Hưng Đạo
N	04	Xã	Hạ Lang
N	04	Xã	Hạnh Phúc
N	04	Xã	Khánh Xuân
N	04	Xã	Kim Đồng
N	04	Xã	Lý Bôn
N	04	Xã	Lý Quốc
N	04	Xã	Lũng Nặm
N	04	Xã	Minh Khai
N	04	Xã	Minh Tâm
N	04	Xã	Nam Quang
N	04	Xã	Nam Tuấn
N	04	Xã	Nguyên Bình
N	04	Xã	Nguyễn Huệ
N	04	Xã	Phan Thanh
N	04	Xã	Phục Hòa
N	04	Xã	Quang Hán
N	04	Xã	Quang Long
N	04	Xã	Quang Trung
N	04	Xã	Quảng Lâm
N	04	Xã	Quảng Uyên
N	04	Xã	Sơn Lộ
N	04	Xã	Tam Kim
N	04	Xã	Thanh Long
N	04	Xã	Thành Công
N	04	Xã	Thông Nông
N	04	Xã	Thạch An
N	04	Xã	Trà Lĩnh
N	04	Xã	Trùng Khánh
N	04	Xã	Trường Hà
N	04	Xã	Tĩnh Túc
N	04	Xã	Tổng Cọt
N	04	Xã	Vinh Quý
N	04	Xã	Xuân Trường
N	04	Xã	Yên Thổ
N	04	Xã	Đoài Dương
N	04	Xã	Đàm Thủy
N	04	Xã	Đình Phong
N	04	Xã	Đông Khê
N	04	Xã	Độc Lập
N	04	Xã	Đức Long
N	08	Phường	An Tường
N	08	Phường	Bình Thuận
N	08	Phường	Hà Giang 1
N	08	Phường	Hà Giang 2
N	08	Phường	Minh Xuân
N	08	Phường	Mỹ Lâm
N	08	Phường	Nông Tiến
N	08	Xã	Bình An
N	08	Xã	Bình Ca
N	08	Xã	Bình Xa
N	08	Xã	Bạch Ngọc
N	08	Xã	Bạch Xa
N	08	Xã	Bạch Đích
N	08	Xã	Bản Máy
N	08	Xã	Bắc Mê
N	08	Xã	Bắc Quang
N	08	Xã	Bằng Hành
N	08	Xã	Bằng Lang
N	08	Xã	Cao Bồ
N	08	Xã	Chiêm Hóa
N	08	Xã	Cán Tỷ
N	08	Xã	Côn Lôn
N	08	Xã	Du Già
N	08	Xã	Giáp Trung
N	08	Xã	Hoàng Su Phì
N	08	Xã	Hàm Yên
N	08	Xã	Hòa An
N	08	Xã	Hùng An
N	08	Xã	Hùng Lợi
N	08	Xã	Hùng Đức
N	08	Xã	Hồ Thầu
N	08	Xã	Hồng Sơn
N	08	Xã	Hồng Thái
N	08	Xã	Khuôn Lùng
N	08	Xã	Khâu Vai
N	08	Xã	Kim Bình
N	08	Xã	Kiên Đài
N	08	Xã	Kiến Thiết
N	08	Xã	Lao Chải
N	08	Xã	Linh Hồ
N	08	Xã	Liên Hiệp
N	08	Xã	Lâm Bình
N	08	Xã	Lùng Tám
N	08	Xã	Lũng Cú
N	08	Xã	Lũng Phìn
N	08	Xã	Lực Hành
N	08	Xã	Minh Ngọc
N	08	Xã	Minh Quang
N	08	Xã	Minh Sơn
N	08	Xã	Minh Thanh
N	08	Xã	Minh Tân
N	08	Xã	Mèo Vạc
N	08	Xã	Mậu Duệ
N	08	Xã	Nghĩa Thuận
N	08	Xã	Ngọc Long
N	08	Xã	Ngọc Đường
N	08	Xã	Nhữ Khê
N	08	Xã	Niêm Sơn
N	08	Xã	Nà Hang
N	08	Xã	Nấm Dẩn
N	08	Xã	Nậm Dịch
N	08	Xã	Phù Lưu
N	08	Xã	Phú Linh
N	08	Xã	Phú Lương
N	08	Xã	Phố Bảng
N	08	Xã	Pà Vầy Sủ
N	08	Xã	Pờ Ly Ngài
N	08	Xã	Quang Bình
N	08	Xã	Quản Bạ
N	08	Xã	Quảng Nguyên
N	08	Xã	Sà Phìn
N	08	Xã	Sơn Dương
N	08	Xã	Sơn Thủy
N	08	Xã	Sơn Vĩ
N	08	Xã	Sủng Máng
N	08	Xã	Thanh Thủy
N	08	Xã	Thuận Hòa
N	08	Xã	Thàng Tín
N	08	Xã	Thái Bình
N	08	Xã	Thái Hòa
N	08	Xã	Thái Sơn
N	08	Xã	Thông Nguyên
N	08	Xã	Thượng Lâm
N	08	Xã	Thượng Nông
N	08	Xã	Thượng Sơn
N	08	Xã	Thắng Mố
N	08	Xã	Tiên Nguyên
N	08	Xã	Tiên Yên
N	08	Xã	Tri Phú
N	08	Xã	Trung Hà
N	08	Xã	Trung Sơn
N	08	Xã	Trung Thịnh
N	08	Xã	Trường Sinh
N	08	Xã	Tát Ngà
N	08	Xã	Tân An
N	08	Xã	Tân Long
N	08	Xã	Tân Mỹ
N	08	Xã	Tân Quang
N	08	Xã	Tân Thanh
N	08	Xã	Tân Tiến
N	08	Xã	Tân Trào
N	08	Xã	Tân Trịnh
N	08	Xã	Tùng Bá
N	08	Xã	Tùng Vài
N	08	Xã	Việt Lâm
N	08	Xã	Vĩnh Tuy
N	08	Xã	Vị Xuyên
N	08	Xã	Xuân Giang
N	08	Xã	Xuân Vân
N	08	Xã	Xín Mần
N	08	Xã	Yên Cường
N	08	Xã	Yên Hoa
N	08	Xã	Yên Lập
N	08	Xã	Yên Minh
N	08	Xã	Yên Nguyên
N	08	Xã	Yên Phú
N	08	Xã	Yên Sơn
N	08	Xã	Yên Thành
N	08	Xã	Đông Thọ
N	08	Xã	Đường Hồng
N	08	Xã	Đường Thượng
N	08	Xã	Đồng Tâm
N	08	Xã	Đồng Văn
N	08	Xã	Đồng Yên
N	11	Phường	Mường Lay
N	11	Phường	Mường Thanh
N	11	Phường	Điện Biên Phủ
N	11	Xã	Búng Lao
N	11	Xã	Chiềng Sinh
N	11	Xã	Chà Tở
N	11	Xã	Mường Chà
N	11	Xã	Mường Luân
N	11	Xã	Mường Lạn
N	11	Xã	Mường Mùn
N	11	Xã	Mường Nhà
N	11	Xã	Mường Nhé
N	11	Xã	Mường Phăng
N	11	Xã	Mường Pồn
N	11	Xã	Mường Toong
N	11	Xã	Mường Tùng
N	11	Xã	Mường Ảng
N	11	Xã	Na Sang
N	11	Xã	Na Son
N	11	Xã	Nà Bủng
N	11	Xã	Nà Hỳ
N	11	Xã	Nà Tấu
N	11	Xã	Núa Ngam
N	11	Xã	Nậm Kè
N	11	Xã	Nậm Nèn
N	11	Xã	Pa Ham
N	11	Xã	Phình Giàng
N	11	Xã	Pu Nhi
N	11	Xã	Pú Nhung
N	11	Xã	Quài Tở
N	11	Xã	Quảng Lâm
N	11	Xã	Sam Mứn
N	11	Xã	Si Pa Phìn
N	11	Xã	Sáng Nhè
N	11	Xã	Sín Chải
N	11	Xã	Sín Thầu
N	11	Xã	Sính Phình
N	11	Xã	Thanh An
N	11	Xã	Thanh Nưa
N	11	Xã	Thanh Yên
N	11	Xã	Tuần Giáo
N	11	Xã	Tìa Dình
N	11	Xã	Tủa Chùa
N	11	Xã	Tủa Thàng
N	11	Xã	Xa Dung
N	12	Phường	Tân Phong
N	12	Phường	Đoàn Kết
N	12	Xã	Bum Nưa
N	12	Xã	Bum Tở
N	12	Xã	Bình Lư
N	12	Xã	Bản Bo
N	12	Xã	Dào San
N	12	Xã	Hua Bum
N	12	Xã	Hồng Thu
N	12	Xã	Khoen On
N	12	Xã	Khun Há
N	12	Xã	Khổng Lào
N	12	Xã	Lê Lợi
N	12	Xã	Mù Cả
N	12	Xã	Mường Khoa
N	12	Xã	Mường Kim
N	12	Xã	Mường Mô
N	12	Xã	Mường Than
N	12	Xã	Mường Tè
N	12	Xã	Nậm Cuổi
N	12	Xã	Nậm Hàng
N	12	Xã	Nậm Mạ
N	12	Xã	Nậm Sỏ
N	12	Xã	Nậm Tăm
N	12	Xã	Pa Tần
N	12	Xã	Pa Ủ
N	12	Xã	Phong Thổ
N	12	Xã	Pu Sam Cáp
N	12	Xã	Pắc Ta
N	12	Xã	Sin Suối Hồ
N	12	Xã	Sì Lở Lầu
N	12	Xã	Sìn Hồ
N	12	Xã	Than Uyên
N	12	Xã	Thu Lũm
N	12	Xã	Tà Tổng
N	12	Xã	Tân Uyên
N	12	Xã	Tả Lèng
N	12	Xã	Tủa Sín Chải
N	14	Phường	Chiềng An
N	14	Phường	Chiềng Cơi
N	14	Phường	Chiềng Sinh
N	14	Phường	Mộc Châu
N	14	Phường	Mộc Sơn
N	14	Phường	Thảo Nguyên
N	14	Phường	Tô Hiệu
N	14	Phường	Vân Sơn
N	14	Xã	Bình Thuận
N	14	Xã	Bó Sinh
N	14	Xã	Bắc Yên
N	14	Xã	Chiềng Hoa
N	14	Xã	Chiềng Hặc
N	14	Xã	Chiềng Khoong
N	14	Xã	Chiềng Khương
N	14	Xã	Chiềng La
N	14	Xã	Chiềng Lao
N	14	Xã	Chiềng Mai
N	14	Xã	Chiềng Mung
N	14	Xã	Chiềng Sung
N	14	Xã	Chiềng Sơ
N	14	Xã	Chiềng Sơn
N	14	Xã	Chiềng Sại
N	14	Xã	Co Mạ
N	14	Xã	Gia Phù
N	14	Xã	Huổi Một
N	14	Xã	Kim Bon
N	14	Xã	Long Hẹ
N	14	Xã	Lóng Phiêng
N	14	Xã	Lóng Sập
N	14	Xã	Mai Sơn
N	14	Xã	Muổi Nọi
N	14	Xã	Mường Bang
N	14	Xã	Mường Bám
N	14	Xã	Mường Bú
N	14	Xã	Mường Chanh
N	14	Xã	Mường Chiên
N	14	Xã	Mường Cơi
N	14	Xã	Mường Giôn
N	14	Xã	Mường Hung
N	14	Xã	Mường Khiêng
N	14	Xã	Mường La
N	14	Xã	Mường Lèo
N	14	Xã	Mường Lạn
N	14	Xã	Mường Lầm
N	14	Xã	Mường Sại
N	14	Xã	Mường É
N	14	Xã	Ngọc Chiến
N	14	Xã	Nậm Lầu
N	14	Xã	Nậm Ty
N	14	Xã	Phiêng Cằm
N	14	Xã	Phiêng Khoài
N	14	Xã	Phiêng Pằn
N	14	Xã	Phù Yên
N	14	Xã	Púng Bánh
N	14	Xã	Pắc Ngà
N	14	Xã	Quỳnh Nhai
N	14	Xã	Song Khủa
N	14	Xã	Suối Tọ
N	14	Xã	Sông Mã
N	14	Xã	Sốp Cộp
N	14	Xã	Thuận Châu
N	14	Xã	Tà Hộc
N	14	Xã	Tà Xùa
N	14	Xã	Tân Phong
N	14	Xã	Tân Yên
N	14	Xã	Tô Múa
N	14	Xã	Tường Hạ
N	14	Xã	Tạ Khoa
N	14	Xã	Vân Hồ
N	14	Xã	Xuân Nha
N	14	Xã	Xím Vàng
N	14	Xã	Yên Châu
N	14	Xã	Yên Sơn
N	14	Xã	Đoàn Kết
N	15	Phường	Cam Đường
N	15	Phường	Cầu Thia
N	15	Phường	Lào Cai
N	15	Phường	Nam Cường
N	15	Phường	Nghĩa Lộ
N	15	Phường	Sa Pa
N	15	Phường	Trung Tâm
N	15	Phường	Văn Phú
N	15	Phường	Yên Bái
N	15	Phường	Âu Lâu
N	15	Xã	A Mú Sung
N	15	Xã	Bát Xát
N	15	Xã	Bản Hồ
N	15	Xã	Bản Liền
N	15	Xã	Bản Lầu
N	15	Xã	Bản Xèo
N	15	Xã	Bảo Hà
N	15	Xã	Bảo Nhai
N	15	Xã	Bảo Thắng
N	15	Xã	Bảo Yên
N	15	Xã	Bảo Ái
N	15	Xã	Bắc Hà
N	15	Xã	Cao Sơn
N	15	Xã	Chiềng Ken
N	15	Xã	Châu Quế
N	15	Xã	Chấn Thịnh
N	15	Xã	Chế Tạo
N	15	Xã	Cát Thịnh
N	15	Xã	Cảm Nhân
N	15	Xã	Cốc Lầu
N	15	Xã	Cốc San
N	15	Xã	Dương Quỳ
N	15	Xã	Dền Sáng
N	15	Xã	Gia Hội
N	15	Xã	Gia Phú
N	15	Xã	Hưng Khánh
N	15	Xã	Hạnh Phúc
N	15	Xã	Hợp Thành
N	15	Xã	Khao Mang
N	15	Xã	Khánh Hòa
N	15	Xã	Khánh Yên
N	15	Xã	Lao Chải
N	15	Xã	Liên Sơn
N	15	Xã	Lâm Giang
N	15	Xã	Lâm Thượng
N	15	Xã	Lùng Phình
N	15	Xã	Lương Thịnh
N	15	Xã	Lục Yên
N	15	Xã	Minh Lương
N	15	Xã	Mù Cang Chải
N	15	Xã	Mường Bo
N	15	Xã	Mường Hum
N	15	Xã	Mường Khương
N	15	Xã	Mường Lai
N	15	Xã	Mậu A
N	15	Xã	Mỏ Vàng
N	15	Xã	Nghĩa Tâm
N	15	Xã	Nghĩa Đô
N	15	Xã	Ngũ Chỉ Sơn
N	15	Xã	Nậm Chày
N	15	Xã	Nậm Có
N	15	Xã	Nậm Xé
N	15	Xã	Pha Long
N	15	Xã	Phong Dụ Hạ
N	15	Xã	Phong Dụ Thượng
N	15	Xã	Phong Hải
N	15	Xã	Phình Hồ
N	15	Xã	Phúc Khánh
N	15	Xã	Phúc Lợi
N	15	Xã	Púng Luông
N	15	Xã	Quy Mông
N	15	Xã	Si Ma Cai
N	15	Xã	Sín Chéng
N	15	Xã	Sơn Lương
N	15	Xã	Thác Bà
N	15	Xã	Thượng Bằng La
N	15	Xã	Thượng Hà
N	15	Xã	Trạm Tấu
N	15	Xã	Trấn Yên
N	15	Xã	Trịnh Tường
N	15	Xã	Tà Xi Láng
N	15	Xã	Tân Hợp
N	15	Xã	Tân Lĩnh
N	15	Xã	Tú Lệ
N	15	Xã	Tả Củ Tỷ
N	15	Xã	Tả Phìn
N	15	Xã	Tả Van
N	15	Xã	Tằng Loỏng
N	15	Xã	Việt Hồng
N	15	Xã	Võ Lao
N	15	Xã	Văn Bàn
N	15	Xã	Văn Chấn
N	15	Xã	Xuân Hòa
N	15	Xã	Xuân Quang
N	15	Xã	Xuân Ái
N	15	Xã	Y Tý
N	15	Xã	Yên Bình
N	15	Xã	Yên Thành
N	15	Xã	Đông Cuông
N	19	Phường	Bá Xuyên
N	19	Phường	Bách Quang
N	19	Phường	Bắc Kạn
N	19	Phường	Gia Sàng
N	19	Phường	Linh Sơn
N	19	Phường	Phan Đình Phùng
N	19	Phường	Phúc Thuận
N	19	Phường	Phổ Yên
N	19	Phường	Quan Triều
N	19	Phường	Quyết Thắng
N	19	Phường	Sông Công
N	19	Phường	Trung Thành
N	19	Phường	Tích Lương
N	19	Phường	Vạn Xuân
N	19	Phường	Đức Xuân
N	19	Xã	An Khánh
N	19	Xã	Ba Bể
N	19	Xã	Bình Thành
N	19	Xã	Bình Yên
N	19	Xã	Bạch Thông
N	19	Xã	Bằng Thành
N	19	Xã	Bằng Vân
N	19	Xã	Cao Minh
N	19	Xã	Chợ Mới
N	19	Xã	Chợ Rã
N	19	Xã	Chợ Đồn
N	19	Xã	Côn Minh
N	19	Xã	Cường Lợi
N	19	Xã	Cẩm Giàng
N	19	Xã	Dân Tiến
N	19	Xã	Hiệp Lực
N	19	Xã	Hợp Thành
N	19	Xã	Kha Sơn
N	19	Xã	Kim Phượng
N	19	Xã	La Bằng
N	19	Xã	La Hiên
N	19	Xã	Lam Vỹ
N	19	Xã	Na Rì
N	19	Xã	Nam Cường
N	19	Xã	Nam Hòa
N	19	Xã	Nghinh Tường
N	19	Xã	Nghiên Loan
N	19	Xã	Nghĩa Tá
N	19	Xã	Ngân Sơn
N	19	Xã	Nà Phặc
N	19	Xã	Phong Quang
N	19	Xã	Phú Bình
N	19	Xã	Phú Lương
N	19	Xã	Phú Lạc
N	19	Xã	Phú Thịnh
N	19	Xã	Phú Xuyên
N	19	Xã	Phú Đình
N	19	Xã	Phúc Lộc
N	19	Xã	Phượng Tiến
N	19	Xã	Phủ Thông
N	19	Xã	Quang Sơn
N	19	Xã	Quân Chu
N	19	Xã	Quảng Bạch
N	19	Xã	Sảng Mộc
N	19	Xã	Thanh Mai
N	19	Xã	Thanh Thịnh
N	19	Xã	Thành Công
N	19	Xã	Thượng Minh
N	19	Xã	Thượng Quan
N	19	Xã	Thần Sa
N	19	Xã	Trung Hội
N	19	Xã	Tràng Xá
N	19	Xã	Trại Cau
N	19	Xã	Trần Phú
N	19	Xã	Tân Cương
N	19	Xã	Tân Khánh
N	19	Xã	Tân Kỳ
N	19	Xã	Tân Thành
N	19	Xã	Vô Tranh
N	19	Xã	Võ Nhai
N	19	Xã	Văn Hán
N	19	Xã	Văn Lang
N	19	Xã	Văn Lăng
N	19	Xã	Vĩnh Thông
N	19	Xã	Vạn Phú
N	19	Xã	Xuân Dương
N	19	Xã	Yên Bình
N	19	Xã	Yên Phong
N	19	Xã	Yên Thịnh
N	19	Xã	Yên Trạch
N	19	Xã	Điềm Thụy
N	19	Xã	Đại Phúc
N	19	Xã	Đại Từ
N	19	Xã	Định Hóa
N	19	Xã	Đồng Hỷ
N	19	Xã	Đồng Phúc
N	19	Xã	Đức Lương
N	20	Phường	Kỳ Lừa
N	20	Phường	Lương Văn Tri
N	20	Phường	Tam Thanh
N	20	Phường	Đông Kinh
N	20	Xã	Ba Sơn
N	20	Xã	Bình Gia
N	20	Xã	Bắc Sơn
N	20	Xã	Bằng Mạc
N	20	Xã	Cai Kinh
N	20	Xã	Cao Lộc
N	20	Xã	Chi Lăng
N	20	Xã	Chiến Thắng
N	20	Xã	Châu Sơn
N	20	Xã	Công Sơn
N	20	Xã	Hoa Thám
N	20	Xã	Hoàng Văn Thụ
N	20	Xã	Hưng Vũ
N	20	Xã	Hồng Phong
N	20	Xã	Hội Hoan
N	20	Xã	Hữu Liên
N	20	Xã	Hữu Lũng
N	20	Xã	Khuất Xá
N	20	Xã	Kháng Chiến
N	20	Xã	Khánh Khê
N	20	Xã	Kiên Mộc
N	20	Xã	Lộc Bình
N	20	Xã	Lợi Bác
N	20	Xã	Mẫu Sơn
N	20	Xã	Na Dương
N	20	Xã	Na Sầm
N	20	Xã	Nhân Lý
N	20	Xã	Nhất Hòa
N	20	Xã	Quan Sơn
N	20	Xã	Quý Hòa
N	20	Xã	Quốc Khánh
N	20	Xã	Quốc Việt
N	20	Xã	Thiện Hòa
N	20	Xã	Thiện Long
N	20	Xã	Thiện Thuật
N	20	Xã	Thiện Tân
N	20	Xã	Thái Bình
N	20	Xã	Thất Khê
N	20	Xã	Thống Nhất
N	20	Xã	Thụy Hùng
N	20	Xã	Tri Lễ
N	20	Xã	Tràng Định
N	20	Xã	Tuấn Sơn
N	20	Xã	Tân Thành
N	20	Xã	Tân Tiến
N	20	Xã	Tân Tri
N	20	Xã	Tân Văn
N	20	Xã	Tân Đoàn
N	20	Xã	Vân Nham
N	20	Xã	Văn Lãng
N	20	Xã	Văn Quan
N	20	Xã	Vũ Lăng
N	20	Xã	Vũ Lễ
N	20	Xã	Vạn Linh
N	20	Xã	Xuân Dương
N	20	Xã	Yên Bình
N	20	Xã	Yên Phúc
N	20	Xã	Điềm He
N	20	Xã	Đoàn Kết
N	20	Xã	Đình Lập
N	20	Xã	Đồng Đăng
N	22	Phường	An Sinh
N	22	Phường	Bãi Cháy
N	22	Phường	Bình Khê
N	22	Phường	Cao Xanh
N	22	Phường	Cẩm Phả
N	22	Phường	Cửa Ông
N	22	Phường	Hiệp Hòa
N	22	Phường	Hoàng Quế
N	22	Phường	Hoành Bồ
N	22	Phường	Hà An
N	22	Phường	Hà Lầm
N	22	Phường	Hà Tu
N	22	Phường	Hạ Long
N	22	Phường	Hồng Gai
N	22	Phường	Liên Hòa
N	22	Phường	Móng Cái 1
N	22	Phường	Móng Cái 2
N	22	Phường	Móng Cái 3
N	22	Phường	Mông Dương
N	22	Phường	Mạo Khê
N	22	Phường	Phong Cốc
N	22	Phường	Quang Hanh
N	22	Phường	Quảng Yên
N	22	Phường	Tuần Châu
N	22	Phường	Uông Bí
N	22	Phường	Việt Hưng
N	22	Phường	Vàng Danh
N	22	Phường	Yên Tử
N	22	Phường	Đông Mai
N	22	Phường	Đông Triều
N	22	Xã	Ba Chẽ
N	22	Xã	Bình Liêu
N	22	Xã	Cái Chiên
N	22	Xã	Hoành Mô
N	22	Xã	Hải Hòa
N	22	Xã	Hải Lạng
N	22	Xã	Hải Ninh
N	22	Xã	Hải Sơn
N	22	Xã	Kỳ Thượng
N	22	Xã	Lương Minh
N	22	Xã	Lục Hồn
N	22	Xã	Quảng Hà
N	22	Xã	Quảng La
N	22	Xã	Quảng Tân
N	22	Xã	Quảng Đức
N	22	Xã	Thống Nhất
N	22	Xã	Tiên Yên
N	22	Xã	Vĩnh Thực
N	22	Xã	Điền Xá
N	22	Xã	Đông Ngũ
N	22	Xã	Đường Hoa
N	22	Xã	Đầm Hà
N	22	Đặc khu	Cô Tô
N	22	Đặc khu	Vân Đồn
N	24	Phường	Bắc Giang
N	24	Phường	Bồng Lai
N	24	Phường	Chũ
N	24	Phường	Cảnh Thụy
N	24	Phường	Hạp Lĩnh
N	24	Phường	Kinh Bắc
N	24	Phường	Mão Điền
N	24	Phường	Nam Sơn
N	24	Phường	Nhân Hòa
N	24	Phường	Ninh Xá
N	24	Phường	Nếnh
N	24	Phường	Phù Khê
N	24	Phường	Phương Liễu
N	24	Phường	Phượng Sơn
N	24	Phường	Quế Võ
N	24	Phường	Song Liễu
N	24	Phường	Tam Sơn
N	24	Phường	Thuận Thành
N	24	Phường	Tiền Phong
N	24	Phường	Trí Quả
N	24	Phường	Trạm Lộ
N	24	Phường	Tân An
N	24	Phường	Tân Tiến
N	24	Phường	Từ Sơn
N	24	Phường	Tự Lạn
N	24	Phường	Việt Yên
N	24	Phường	Vân Hà
N	24	Phường	Võ Cường
N	24	Phường	Vũ Ninh
N	24	Phường	Yên Dũng
N	24	Phường	Đa Mai
N	24	Phường	Đào Viên
N	24	Phường	Đồng Nguyên
N	24	Xã	An Lạc
N	24	Xã	Biên Sơn
N	24	Xã	Biển Động
N	24	Xã	Bảo Đài
N	24	Xã	Bắc Lũng
N	24	Xã	Bố Hạ
N	24	Xã	Cao Đức
N	24	Xã	Chi Lăng
N	24	Xã	Cẩm Lý
N	24	Xã	Dương Hưu
N	24	Xã	Gia Bình
N	24	Xã	Hiệp Hòa
N	24	Xã	Hoàng Vân
N	24	Xã	Hợp Thịnh
N	24	Xã	Kiên Lao
N	24	Xã	Kép
N	24	Xã	Liên Bão
N	24	Xã	Lâm Thao
N	24	Xã	Lương Tài
N	24	Xã	Lạng Giang
N	24	Xã	Lục Nam
N	24	Xã	Lục Ngạn
N	24	Xã	Lục Sơn
N	24	Xã	Mỹ Thái
N	24	Xã	Nam Dương
N	24	Xã	Nghĩa Phương
N	24	Xã	Ngọc Thiện
N	24	Xã	Nhân Thắng
N	24	Xã	Nhã Nam
N	24	Xã	Phù Lãng
N	24	Xã	Phúc Hòa
N	24	Xã	Phật Tích
N	24	Xã	Quang Trung
N	24	Xã	Sa Lý
N	24	Xã	Sơn Hải
N	24	Xã	Sơn Động
N	24	Xã	Tam Giang
N	24	Xã	Tam Tiến
N	24	Xã	Tam Đa
N	24	Xã	Tiên Du
N	24	Xã	Tiên Lục
N	24	Xã	Trung Chính
N	24	Xã	Trung Kênh
N	24	Xã	Trường Sơn
N	24	Xã	Tuấn Đạo
N	24	Xã	Tân Chi
N	24	Xã	Tân Dĩnh
N	24	Xã	Tân Sơn
N	24	Xã	Tân Yên
N	24	Xã	Tây Yên Tử
N	24	Xã	Vân Sơn
N	24	Xã	Văn Môn
N	24	Xã	Xuân Cẩm
N	24	Xã	Xuân Lương
N	24	Xã	Yên Phong
N	24	Xã	Yên Thế
N	24	Xã	Yên Trung
N	24	Xã	Yên Định
N	24	Xã	Đèo Gia
N	24	Xã	Đông Cứu
N	24	Xã	Đông Phú
N	24	Xã	Đại Lai
N	24	Xã	Đại Sơn
N	24	Xã	Đại Đồng
N	24	Xã	Đồng Kỳ
N	24	Xã	Đồng Việt
N	25	Phường	Hòa Bình
N	25	Phường	Kỳ Sơn
N	25	Phường	Nông Trang
N	25	Phường	Phong Châu
N	25	Phường	Phú Thọ
N	25	Phường	Phúc Yên
N	25	Phường	Thanh Miếu
N	25	Phường	Thống Nhất
N	25	Phường	Tân Hòa
N	25	Phường	Việt Trì
N	25	Phường	Vân Phú
N	25	Phường	Vĩnh Phúc
N	25	Phường	Vĩnh Yên
N	25	Phường	Xuân Hòa
N	25	Phường	Âu Cơ
N	25	Xã	An Bình
N	25	Xã	An Nghĩa
N	25	Xã	Bao La
N	25	Xã	Bình Nguyên
N	25	Xã	Bình Phú
N	25	Xã	Bình Tuyền
N	25	Xã	Bình Xuyên
N	25	Xã	Bản Nguyên
N	25	Xã	Bằng Luân
N	25	Xã	Cao Dương
N	25	Xã	Cao Phong
N	25	Xã	Cao Sơn
N	25	Xã	Chân Mộng
N	25	Xã	Chí Tiên
N	25	Xã	Chí Đám
N	25	Xã	Cẩm Khê
N	25	Xã	Cự Đồng
N	25	Xã	Dân Chủ
N	25	Xã	Dũng Tiến
N	25	Xã	Hiền Lương
N	25	Xã	Hiền Quan
N	25	Xã	Hoàng An
N	25	Xã	Hoàng Cương
N	25	Xã	Hy Cương
N	25	Xã	Hùng Việt
N	25	Xã	Hương Cần
N	25	Xã	Hạ Hòa
N	25	Xã	Hải Lựu
N	25	Xã	Hội Thịnh
N	25	Xã	Hợp Kim
N	25	Xã	Hợp Lý
N	25	Xã	Khả Cửu
N	25	Xã	Kim Bôi
N	25	Xã	Lai Đồng
N	25	Xã	Liên Châu
N	25	Xã	Liên Hòa
N	25	Xã	Liên Minh
N	25	Xã	Liên Sơn
N	25	Xã	Long Cốc
N	25	Xã	Lâm Thao
N	25	Xã	Lương Sơn
N	25	Xã	Lạc Lương
N	25	Xã	Lạc Sơn
N	25	Xã	Lạc Thủy
N	25	Xã	Lập Thạch
N	25	Xã	Mai Châu
N	25	Xã	Mai Hạ
N	25	Xã	Minh Hòa
N	25	Xã	Minh Đài
N	25	Xã	Mường Bi
N	25	Xã	Mường Hoa
N	25	Xã	Mường Thàng
N	25	Xã	Mường Vang
N	25	Xã	Mường Động
N	25	Xã	Nguyệt Đức
N	25	Xã	Ngọc Sơn
N	25	Xã	Nhân Nghĩa
N	25	Xã	Nật Sơn
N	25	Xã	Phù Ninh
N	25	Xã	Phùng Nguyên
N	25	Xã	Phú Khê
N	25	Xã	Phú Mỹ
N	25	Xã	Pà Cò
N	25	Xã	Quy Đức
N	25	Xã	Quyết Thắng
N	25	Xã	Quảng Yên
N	25	Xã	Sông Lô
N	25	Xã	Sơn Lương
N	25	Xã	Sơn Đông
N	25	Xã	Tam Dương
N	25	Xã	Tam Dương Bắc
N	25	Xã	Tam Hồng
N	25	Xã	Tam Nông
N	25	Xã	Tam Sơn
N	25	Xã	Tam Đảo
N	25	Xã	Thanh Ba
N	25	Xã	Thanh Sơn
N	25	Xã	Thanh Thủy
N	25	Xã	Thu Cúc
N	25	Xã	Thung Nai
N	25	Xã	Thái Hòa
N	25	Xã	Thượng Cốc
N	25	Xã	Thượng Long
N	25	Xã	Thịnh Minh
N	25	Xã	Thọ Văn
N	25	Xã	Thổ Tang
N	25	Xã	Tiên Lương
N	25	Xã	Tiên Lữ
N	25	Xã	Tiền Phong
N	25	Xã	Toàn Thắng
N	25	Xã	Trung Sơn
N	25	Xã	Trạm Thản
N	25	Xã	Tu Vũ
N	25	Xã	Tân Lạc
N	25	Xã	Tân Mai
N	25	Xã	Tân Pheo
N	25	Xã	Tân Sơn
N	25	Xã	Tây Cốc
N	25	Xã	Tề Lỗ
N	25	Xã	Vân Bán
N	25	Xã	Vân Sơn
N	25	Xã	Võ Miếu
N	25	Xã	Văn Lang
N	25	Xã	Văn Miếu
N	25	Xã	Vĩnh An
N	25	Xã	Vĩnh Chân
N	25	Xã	Vĩnh Hưng
N	25	Xã	Vĩnh Phú
N	25	Xã	Vĩnh Thành
N	25	Xã	Vĩnh Tường
N	25	Xã	Vạn Xuân
N	25	Xã	Xuân Lãng
N	25	Xã	Xuân Lũng
N	25	Xã	Xuân Viên
N	25	Xã	Xuân Đài
N	25	Xã	Yên Kỳ
N	25	Xã	Yên Lãng
N	25	Xã	Yên Lạc
N	25	Xã	Yên Lập
N	25	Xã	Yên Phú
N	25	Xã	Yên Sơn
N	25	Xã	Yên Thủy
N	25	Xã	Yên Trị
N	25	Xã	Đan Thượng
N	25	Xã	Đoan Hùng
N	25	Xã	Đà Bắc
N	25	Xã	Đào Xá
N	25	Xã	Đông Thành
N	25	Xã	Đại Đình
N	25	Xã	Đại Đồng
N	25	Xã	Đạo Trù
N	25	Xã	Đồng Lương
N	25	Xã	Đức Nhàn
N	31	Phường	An Biên
N	31	Phường	An Dương
N	31	Phường	An Hải
N	31	Phường	An Phong
N	31	Phường	Bạch Đằng
N	31	Phường	Bắc An Phụ
N	31	Phường	Chu Văn An
N	31	Phường	Chí Linh
N	31	Phường	Dương Kinh
N	31	Phường	Gia Viên
N	31	Phường	Hòa Bình
N	31	Phường	Hưng Đạo
N	31	Phường	Hải An
N	31	Phường	Hải Dương
N	31	Phường	Hồng An
N	31	Phường	Hồng Bàng
N	31	Phường	Kinh Môn
N	31	Phường	Kiến An
N	31	Phường	Lê Chân
N	31	Phường	Lê Thanh Nghị
N	31	Phường	Lê Ích Mộc
N	31	Phường	Lê Đại Hành
N	31	Phường	Lưu Kiếm
N	31	Phường	Nam Triệu
N	31	Phường	Nam Đồ Sơn
N	31	Phường	Nam Đồng
N	31	Phường	Nguyễn Trãi
N	31	Phường	Nguyễn Đại Năng
N	31	Phường	Ngô Quyền
N	31	Phường	Nhị Chiểu
N	31	Phường	Phù Liễn
N	31	Phường	Phạm Sư Mạnh
N	31	Phường	Thiên Hương
N	31	Phường	Thành Đông
N	31	Phường	Thạch Khôi
N	31	Phường	Thủy Nguyên
N	31	Phường	Trần Hưng Đạo
N	31	Phường	Trần Liễu
N	31	Phường	Trần Nhân Tông
N	31	Phường	Tân Hưng
N	31	Phường	Tứ Minh
N	31	Phường	Vĩnh Hòa
N	31	Phường	Ái Quốc
N	31	Phường	Đông Hải
N	31	Phường	Đồ Sơn
N	31	Xã	An Hưng
N	31	Xã	An Khánh
N	31	Xã	An Lão
N	31	Xã	An Phú
N	31	Xã	An Quang
N	31	Xã	An Thành
N	31	Xã	An Trường
N	31	Xã	Bình Giang
N	31	Xã	Bắc Thanh Miện
N	31	Xã	Chí Minh
N	31	Xã	Chấn Hưng
N	31	Xã	Cẩm Giang
N	31	Xã	Cẩm Giàng
N	31	Xã	Gia Lộc
N	31	Xã	Gia Phúc
N	31	Xã	Hà Bắc
N	31	Xã	Hà Nam
N	31	Xã	Hà Tây
N	31	Xã	Hà Đông
N	31	Xã	Hùng Thắng
N	31	Xã	Hải Hưng
N	31	Xã	Hồng Châu
N	31	Xã	Hợp Tiến
N	31	Xã	Khúc Thừa Dụ
N	31	Xã	Kim Thành
N	31	Xã	Kiến Hưng
N	31	Xã	Kiến Hải
N	31	Xã	Kiến Minh
N	31	Xã	Kiến Thụy
N	31	Xã	Kẻ Sặt
N	31	Xã	Lai Khê
N	31	Xã	Lạc Phượng
N	31	Xã	Mao Điền
N	31	Xã	Nam An Phụ
N	31	Xã	Nam Sách
N	31	Xã	Nam Thanh Miện
N	31	Xã	Nghi Dương
N	31	Xã	Nguyên Giáp
N	31	Xã	Nguyễn Bỉnh Khiêm
N	31	Xã	Nguyễn Lương Bằng
N	31	Xã	Ninh Giang
N	31	Xã	Phú Thái
N	31	Xã	Quyết Thắng
N	31	Xã	Thanh Hà
N	31	Xã	Thanh Miện
N	31	Xã	Thái Tân
N	31	Xã	Thượng Hồng
N	31	Xã	Tiên Lãng
N	31	Xã	Tiên Minh
N	31	Xã	Trường Tân
N	31	Xã	Trần Phú
N	31	Xã	Tuệ Tĩnh
N	31	Xã	Tân An
N	31	Xã	Tân Kỳ
N	31	Xã	Tân Minh
N	31	Xã	Tứ Kỳ
N	31	Xã	Việt Hòa
N	31	Xã	Việt Khê
N	31	Xã	Vĩnh Am
N	31	Xã	Vĩnh Bảo
N	31	Xã	Vĩnh Hải
N	31	Xã	Vĩnh Lại
N	31	Xã	Vĩnh Thuận
N	31	Xã	Vĩnh Thịnh
N	31	Xã	Yết Kiêu
N	31	Xã	Đường An
N	31	Xã	Đại Sơn
N	31	Đặc khu	Bạch Long Vĩ
N	31	Đặc khu	Cát Hải
N	33	Phường	Hồng Châu
N	33	Phường	Mỹ Hào
N	33	Phường	Phố Hiến
N	33	Phường	Sơn Nam
N	33	Phường	Thái Bình
N	33	Phường	Thượng Hồng
N	33	Phường	Trà Lý
N	33	Phường	Trần Hưng Đạo
N	33	Phường	Trần Lãm
N	33	Phường	Vũ Phúc
N	33	Phường	Đường Hào
N	33	Xã	A Sào
N	33	Xã	Bình Nguyên
N	33	Xã	Bình Thanh
N	33	Xã	Bình Định
N	33	Xã	Bắc Thái Ninh
N	33	Xã	Bắc Thụy Anh
N	33	Xã	Bắc Tiên Hưng
N	33	Xã	Bắc Đông Hưng
N	33	Xã	Bắc Đông Quan
N	33	Xã	Châu Ninh
N	33	Xã	Chí Minh
N	33	Xã	Diên Hà
N	33	Xã	Hiệp Cường
N	33	Xã	Hoàn Long
N	33	Xã	Hoàng Hoa Thám
N	33	Xã	Hưng Hà
N	33	Xã	Hưng Phú
N	33	Xã	Hồng Minh
N	33	Xã	Hồng Quang
N	33	Xã	Hồng Vũ
N	33	Xã	Khoái Châu
N	33	Xã	Kiến Xương
N	33	Xã	Long Hưng
N	33	Xã	Lê Lợi
N	33	Xã	Lê Quý Đôn
N	33	Xã	Lương Bằng
N	33	Xã	Lạc Đạo
N	33	Xã	Minh Thọ
N	33	Xã	Mễ Sở
N	33	Xã	Nam Cường
N	33	Xã	Nam Thái Ninh
N	33	Xã	Nam Thụy Anh
N	33	Xã	Nam Tiên Hưng
N	33	Xã	Nam Tiền Hải
N	33	Xã	Nam Đông Hưng
N	33	Xã	Nghĩa Dân
N	33	Xã	Nghĩa Trụ
N	33	Xã	Nguyễn Du
N	33	Xã	Nguyễn Trãi
N	33	Xã	Nguyễn Văn Linh
N	33	Xã	Ngọc Lâm
N	33	Xã	Ngự Thiên
N	33	Xã	Như Quỳnh
N	33	Xã	Phạm Ngũ Lão
N	33	Xã	Phụ Dực
N	33	Xã	Phụng Công
N	33	Xã	Quang Hưng
N	33	Xã	Quang Lịch
N	33	Xã	Quỳnh An
N	33	Xã	Quỳnh Phụ
N	33	Xã	Thái Ninh
N	33	Xã	Thái Thụy
N	33	Xã	Thư Trì
N	33	Xã	Thư Vũ
N	33	Xã	Thần Khê
N	33	Xã	Thụy Anh
N	33	Xã	Tiên Hoa
N	33	Xã	Tiên Hưng
N	33	Xã	Tiên La
N	33	Xã	Tiên Lữ
N	33	Xã	Tiên Tiến
N	33	Xã	Tiền Hải
N	33	Xã	Triệu Việt Vương
N	33	Xã	Trà Giang
N	33	Xã	Tân Hưng
N	33	Xã	Tân Thuận
N	33	Xã	Tân Tiến
N	33	Xã	Tây Thái Ninh
N	33	Xã	Tây Thụy Anh
N	33	Xã	Tây Tiền Hải
N	33	Xã	Tống Trân
N	33	Xã	Việt Tiến
N	33	Xã	Việt Yên
N	33	Xã	Văn Giang
N	33	Xã	Vũ Quý
N	33	Xã	Vũ Thư
N	33	Xã	Vũ Tiên
N	33	Xã	Vạn Xuân
N	33	Xã	Xuân Trúc
N	33	Xã	Yên Mỹ
N	33	Xã	Ái Quốc
N	33	Xã	Ân Thi
N	33	Xã	Đoàn Đào
N	33	Xã	Đông Hưng
N	33	Xã	Đông Quan
N	33	Xã	Đông Thái Ninh
N	33	Xã	Đông Thụy Anh
N	33	Xã	Đông Tiên Hưng
N	33	Xã	Đông Tiền Hải
N	33	Xã	Đại Đồng
N	33	Xã	Đồng Bằng
N	33	Xã	Đồng Châu
N	33	Xã	Đức Hợp
N	37	Phường	Châu Sơn
N	37	Phường	Duy Hà
N	37	Phường	Duy Tiên
N	37	Phường	Duy Tân
N	37	Phường	Hoa Lư
N	37	Phường	Hà Nam
N	37	Phường	Hồng Quang
N	37	Phường	Kim Bảng
N	37	Phường	Kim Thanh
N	37	Phường	Liêm Tuyền
N	37	Phường	Lê Hồ
N	37	Phường	Lý Thường Kiệt
N	37	Phường	Mỹ Lộc
N	37	Phường	Nam Hoa Lư
N	37	Phường	Nam Định
N	37	Phường	Nguyễn Úy
N	37	Phường	Phù Vân
N	37	Phường	Phủ Lý
N	37	Phường	Tam Chúc
N	37	Phường	Tam Điệp
N	37	Phường	Thiên Trường
N	37	Phường	Thành Nam
N	37	Phường	Tiên Sơn
N	37	Phường	Trung Sơn
N	37	Phường	Trường Thi
N	37	Phường	Tây Hoa Lư
N	37	Phường	Vị Khê
N	37	Phường	Yên Sơn
N	37	Phường	Yên Thắng
N	37	Phường	Đông A
N	37	Phường	Đông Hoa Lư
N	37	Phường	Đồng Văn
N	37	Xã	Bình An
N	37	Xã	Bình Giang
N	37	Xã	Bình Lục
N	37	Xã	Bình Minh
N	37	Xã	Bình Mỹ
N	37	Xã	Bình Sơn
N	37	Xã	Bắc Lý
N	37	Xã	Chất Bình
N	37	Xã	Cát Thành
N	37	Xã	Cúc Phương
N	37	Xã	Cổ Lễ
N	37	Xã	Gia Hưng
N	37	Xã	Gia Lâm
N	37	Xã	Gia Phong
N	37	Xã	Gia Trấn
N	37	Xã	Gia Tường
N	37	Xã	Gia Viễn
N	37	Xã	Gia Vân
N	37	Xã	Giao Bình
N	37	Xã	Giao Hòa
N	37	Xã	Giao Hưng
N	37	Xã	Giao Minh
N	37	Xã	Giao Ninh
N	37	Xã	Giao Phúc
N	37	Xã	Giao Thủy
N	37	Xã	Hiển Khánh
N	37	Xã	Hải An
N	37	Xã	Hải Anh
N	37	Xã	Hải Hưng
N	37	Xã	Hải Hậu
N	37	Xã	Hải Quang
N	37	Xã	Hải Thịnh
N	37	Xã	Hải Tiến
N	37	Xã	Hải Xuân
N	37	Xã	Hồng Phong
N	37	Xã	Khánh Hội
N	37	Xã	Khánh Nhạc
N	37	Xã	Khánh Thiện
N	37	Xã	Khánh Trung
N	37	Xã	Kim Sơn
N	37	Xã	Kim Đông
N	37	Xã	Lai Thành
N	37	Xã	Liêm Hà
N	37	Xã	Liên Minh
N	37	Xã	Lý Nhân
N	37	Xã	Minh Thái
N	37	Xã	Minh Tân
N	37	Xã	Nam Hồng
N	37	Xã	Nam Lý
N	37	Xã	Nam Minh
N	37	Xã	Nam Ninh
N	37	Xã	Nam Trực
N	37	Xã	Nam Xang
N	37	Xã	Nam Đồng
N	37	Xã	Nghĩa Hưng
N	37	Xã	Nghĩa Lâm
N	37	Xã	Nghĩa Sơn
N	37	Xã	Nho Quan
N	37	Xã	Nhân Hà
N	37	Xã	Ninh Cường
N	37	Xã	Ninh Giang
N	37	Xã	Phong Doanh
N	37	Xã	Phát Diệm
N	37	Xã	Phú Long
N	37	Xã	Phú Sơn
N	37	Xã	Quang Hưng
N	37	Xã	Quang Thiện
N	37	Xã	Quỳnh Lưu
N	37	Xã	Quỹ Nhất
N	37	Xã	Rạng Đông
N	37	Xã	Thanh Bình
N	37	Xã	Thanh Liêm
N	37	Xã	Thanh Lâm
N	37	Xã	Thanh Sơn
N	37	Xã	Trần Thương
N	37	Xã	Trực Ninh
N	37	Xã	Tân Minh
N	37	Xã	Tân Thanh
N	37	Xã	Vĩnh Trụ
N	37	Xã	Vũ Dương
N	37	Xã	Vạn Thắng
N	37	Xã	Vụ Bản
N	37	Xã	Xuân Giang
N	37	Xã	Xuân Hưng
N	37	Xã	Xuân Hồng
N	37	Xã	Xuân Trường
N	37	Xã	Yên Cường
N	37	Xã	Yên Khánh
N	37	Xã	Yên Mô
N	37	Xã	Yên Mạc
N	37	Xã	Yên Từ
N	37	Xã	Yên Đồng
N	37	Xã	Ý Yên
N	37	Xã	Đại Hoàng
N	37	Xã	Định Hóa
N	37	Xã	Đồng Thái
N	37	Xã	Đồng Thịnh
N	38	Phường	Bỉm Sơn
N	38	Phường	Hàm Rồng
N	38	Phường	Hạc Thành
N	38	Phường	Hải Bình
N	38	Phường	Hải Lĩnh
N	38	Phường	Nam Sầm Sơn
N	38	Phường	Nghi Sơn
N	38	Phường	Nguyệt Viên
N	38	Phường	Ngọc Sơn
N	38	Phường	Quang Trung
N	38	Phường	Quảng Phú
N	38	Phường	Sầm Sơn
N	38	Phường	Trúc Lâm
N	38	Phường	Tân Dân
N	38	Phường	Tĩnh Gia
N	38	Phường	Đào Duy Từ
N	38	Phường	Đông Quang
N	38	Phường	Đông Sơn
N	38	Phường	Đông Tiến
N	38	Xã	An Nông
N	38	Xã	Ba Đình
N	38	Xã	Biện Thượng
N	38	Xã	Bá Thước
N	38	Xã	Bát Mọt
N	38	Xã	Các Sơn
N	38	Xã	Công Chính
N	38	Xã	Cẩm Thạch
N	38	Xã	Cẩm Thủy
N	38	Xã	Cẩm Tân
N	38	Xã	Cẩm Tú
N	38	Xã	Cẩm Vân
N	38	Xã	Cổ Lũng
N	38	Xã	Giao An
N	38	Xã	Hiền Kiệt
N	38	Xã	Hoa Lộc
N	38	Xã	Hoạt Giang
N	38	Xã	Hoằng Châu
N	38	Xã	Hoằng Giang
N	38	Xã	Hoằng Hóa
N	38	Xã	Hoằng Lộc
N	38	Xã	Hoằng Phú
N	38	Xã	Hoằng Sơn
N	38	Xã	Hoằng Thanh
N	38	Xã	Hoằng Tiến
N	38	Xã	Hà Long
N	38	Xã	Hà Trung
N	38	Xã	Hóa Quỳ
N	38	Xã	Hậu Lộc
N	38	Xã	Hồ Vương
N	38	Xã	Hồi Xuân
N	38	Xã	Hợp Tiến
N	38	Xã	Kim Tân
N	38	Xã	Kiên Thọ
N	38	Xã	Lam Sơn
N	38	Xã	Linh Sơn
N	38	Xã	Luận Thành
N	38	Xã	Lĩnh Toại
N	38	Xã	Lưu Vệ
N	38	Xã	Lương Sơn
N	38	Xã	Minh Sơn
N	38	Xã	Mường Chanh
N	38	Xã	Mường Lát
N	38	Xã	Mường Lý
N	38	Xã	Mường Mìn
N	38	Xã	Mậu Lâm
N	38	Xã	Na Mèo
N	38	Xã	Nam Xuân
N	38	Xã	Nga An
N	38	Xã	Nga Sơn
N	38	Xã	Nga Thắng
N	38	Xã	Nguyệt Ấn
N	38	Xã	Ngọc Liên
N	38	Xã	Ngọc Lặc
N	38	Xã	Ngọc Trạo
N	38	Xã	Nhi Sơn
N	38	Xã	Như Thanh
N	38	Xã	Như Xuân
N	38	Xã	Nông Cống
N	38	Xã	Phú Lệ
N	38	Xã	Phú Xuân
N	38	Xã	Pù Luông
N	38	Xã	Pù Nhi
N	38	Xã	Quan Sơn
N	38	Xã	Quang Chiểu
N	38	Xã	Quý Lương
N	38	Xã	Quý Lộc
N	38	Xã	Quảng Bình
N	38	Xã	Quảng Chính
N	38	Xã	Quảng Ngọc
N	38	Xã	Quảng Ninh
N	38	Xã	Quảng Yên
N	38	Xã	Sao Vàng
N	38	Xã	Sơn Thủy
N	38	Xã	Sơn Điện
N	38	Xã	Tam Chung
N	38	Xã	Tam Lư
N	38	Xã	Tam Thanh
N	38	Xã	Thanh Kỳ
N	38	Xã	Thanh Phong
N	38	Xã	Thanh Quân
N	38	Xã	Thiên Phủ
N	38	Xã	Thiết Ống
N	38	Xã	Thiệu Hóa
N	38	Xã	Thiệu Quang
N	38	Xã	Thiệu Tiến
N	38	Xã	Thiệu Toán
N	38	Xã	Thiệu Trung
N	38	Xã	Thành Vinh
N	38	Xã	Thăng Bình
N	38	Xã	Thường Xuân
N	38	Xã	Thượng Ninh
N	38	Xã	Thạch Bình
N	38	Xã	Thạch Lập
N	38	Xã	Thạch Quảng
N	38	Xã	Thắng Lộc
N	38	Xã	Thắng Lợi
N	38	Xã	Thọ Bình
N	38	Xã	Thọ Long
N	38	Xã	Thọ Lập
N	38	Xã	Thọ Ngọc
N	38	Xã	Thọ Phú
N	38	Xã	Thọ Xuân
N	38	Xã	Tiên Trang
N	38	Xã	Triệu Lộc
N	38	Xã	Triệu Sơn
N	38	Xã	Trung Chính
N	38	Xã	Trung Hạ
N	38	Xã	Trung Lý
N	38	Xã	Trung Sơn
N	38	Xã	Trung Thành
N	38	Xã	Trường Lâm
N	38	Xã	Trường Văn
N	38	Xã	Tân Ninh
N	38	Xã	Tân Thành
N	38	Xã	Tân Tiến
N	38	Xã	Tây Đô
N	38	Xã	Tượng Lĩnh
N	38	Xã	Tống Sơn
N	38	Xã	Vân Du
N	38	Xã	Văn Nho
N	38	Xã	Văn Phú
N	38	Xã	Vĩnh Lộc
N	38	Xã	Vạn Lộc
N	38	Xã	Vạn Xuân
N	38	Xã	Xuân Bình
N	38	Xã	Xuân Chinh
N	38	Xã	Xuân Du
N	38	Xã	Xuân Hòa
N	38	Xã	Xuân Lập
N	38	Xã	Xuân Thái
N	38	Xã	Xuân Tín
N	38	Xã	Yên Khương
N	38	Xã	Yên Nhân
N	38	Xã	Yên Ninh
N	38	Xã	Yên Phú
N	38	Xã	Yên Thắng
N	38	Xã	Yên Thọ
N	38	Xã	Yên Trường
N	38	Xã	Yên Định
N	38	Xã	Điền Lư
N	38	Xã	Điền Quang
N	38	Xã	Đông Thành
N	38	Xã	Định Hòa
N	38	Xã	Định Tân
N	38	Xã	Đồng Lương
N	38	Xã	Đồng Tiến
N	40	Phường	Cửa Lò
N	40	Phường	Hoàng Mai
N	40	Phường	Quỳnh Mai
N	40	Phường	Thành Vinh
N	40	Phường	Thái Hòa
N	40	Phường	Trường Vinh
N	40	Phường	Tân Mai
N	40	Phường	Tây Hiếu
N	40	Phường	Vinh Hưng
N	40	Phường	Vinh Lộc
N	40	Phường	Vinh Phú
N	40	Xã	An Châu
N	40	Xã	Anh Sơn
N	40	Xã	Anh Sơn Đông
N	40	Xã	Bình Chuẩn
N	40	Xã	Bình Minh
N	40	Xã	Bích Hào
N	40	Xã	Bạch Hà
N	40	Xã	Bạch Ngọc
N	40	Xã	Bắc Lý
N	40	Xã	Cam Phục
N	40	Xã	Chiêu Lưu
N	40	Xã	Châu Bình
N	40	Xã	Châu Hồng
N	40	Xã	Châu Khê
N	40	Xã	Châu Lộc
N	40	Xã	Châu Tiến
N	40	Xã	Con Cuông
N	40	Xã	Cát Ngạn
N	40	Xã	Diễn Châu
N	40	Xã	Giai Lạc
N	40	Xã	Giai Xuân
N	40	Xã	Hoa Quân
N	40	Xã	Huồi Tụ
N	40	Xã	Hùng Chân
N	40	Xã	Hùng Châu
N	40	Xã	Hưng Nguyên
N	40	Xã	Hưng Nguyên Nam
N	40	Xã	Hạnh Lâm
N	40	Xã	Hải Châu
N	40	Xã	Hải Lộc
N	40	Xã	Hợp Minh
N	40	Xã	Hữu Khuông
N	40	Xã	Hữu Kiệm
N	40	Xã	Keng Đu
N	40	Xã	Kim Bảng
N	40	Xã	Kim Liên
N	40	Xã	Lam Thành
N	40	Xã	Lương Sơn
N	40	Xã	Lượng Minh
N	40	Xã	Minh Châu
N	40	Xã	Minh Hợp
N	40	Xã	Môn Sơn
N	40	Xã	Mường Chọng
N	40	Xã	Mường Ham
N	40	Xã	Mường Lống
N	40	Xã	Mường Quàng
N	40	Xã	Mường Típ
N	40	Xã	Mường Xén
N	40	Xã	Mậu Thạch
N	40	Xã	Mỹ Lý
N	40	Xã	Na Loi
N	40	Xã	Na Ngoi
N	40	Xã	Nam Đàn
N	40	Xã	Nga My
N	40	Xã	Nghi Lộc
N	40	Xã	Nghĩa Hành
N	40	Xã	Nghĩa Hưng
N	40	Xã	Nghĩa Khánh
N	40	Xã	Nghĩa Lâm
N	40	Xã	Nghĩa Lộc
N	40	Xã	Nghĩa Mai
N	40	Xã	Nghĩa Thọ
N	40	Xã	Nghĩa Đàn
N	40	Xã	Nghĩa Đồng
N	40	Xã	Nhân Hòa
N	40	Xã	Nhôn Mai
N	40	Xã	Nậm Cắn
N	40	Xã	Phúc Lộc
N	40	Xã	Quan Thành
N	40	Xã	Quang Đồng
N	40	Xã	Quảng Châu
N	40	Xã	Quế Phong
N	40	Xã	Quỳ Châu
N	40	Xã	Quỳ Hợp
N	40	Xã	Quỳnh Anh
N	40	Xã	Quỳnh Lưu
N	40	Xã	Quỳnh Phú
N	40	Xã	Quỳnh Sơn
N	40	Xã	Quỳnh Tam
N	40	Xã	Quỳnh Thắng
N	40	Xã	Quỳnh Văn
N	40	Xã	Sơn Lâm
N	40	Xã	Tam Hợp
N	40	Xã	Tam Quang
N	40	Xã	Tam Thái
N	40	Xã	Tam Đồng
N	40	Xã	Thiên Nhẫn
N	40	Xã	Thuần Trung
N	40	Xã	Thành Bình Thọ
N	40	Xã	Thông Thụ
N	40	Xã	Thần Lĩnh
N	40	Xã	Tiên Đồng
N	40	Xã	Tiền Phong
N	40	Xã	Tri Lễ
N	40	Xã	Trung Lộc
N	40	Xã	Tân An
N	40	Xã	Tân Châu
N	40	Xã	Tân Kỳ
N	40	Xã	Tân Phú
N	40	Xã	Tương Dương
N	40	Xã	Vân Du
N	40	Xã	Vân Tụ
N	40	Xã	Văn Hiến
N	40	Xã	Văn Kiều
N	40	Xã	Vĩnh Tường
N	40	Xã	Vạn An
N	40	Xã	Xuân Lâm
N	40	Xã	Yên Hòa
N	40	Xã	Yên Na
N	40	Xã	Yên Thành
N	40	Xã	Yên Trung
N	40	Xã	Yên Xuân
N	40	Xã	Đô Lương
N	40	Xã	Đông Hiếu
N	40	Xã	Đông Lộc
N	40	Xã	Đông Thành
N	40	Xã	Đại Huệ
N	40	Xã	Đại Đồng
N	40	Xã	Đức Châu
N	42	Phường	Bắc Hồng Lĩnh
N	42	Phường	Hoành Sơn
N	42	Phường	Hà Huy Tập
N	42	Phường	Hải Ninh
N	42	Phường	Nam Hồng Lĩnh
N	42	Phường	Sông Trí
N	42	Phường	Thành Sen
N	42	Phường	Trần Phú
N	42	Phường	Vũng Áng
N	42	Xã	Can Lộc
N	42	Xã	Cẩm Bình
N	42	Xã	Cẩm Duệ
N	42	Xã	Cẩm Hưng
N	42	Xã	Cẩm Lạc
N	42	Xã	Cẩm Trung
N	42	Xã	Cẩm Xuyên
N	42	Xã	Cổ Đạm
N	42	Xã	Gia Hanh
N	42	Xã	Hà Linh
N	42	Xã	Hương Bình
N	42	Xã	Hương Khê
N	42	Xã	Hương Phố
N	42	Xã	Hương Sơn
N	42	Xã	Hương Xuân
N	42	Xã	Hương Đô
N	42	Xã	Hồng Lộc
N	42	Xã	Kim Hoa
N	42	Xã	Kỳ Anh
N	42	Xã	Kỳ Hoa
N	42	Xã	Kỳ Khang
N	42	Xã	Kỳ Lạc
N	42	Xã	Kỳ Thượng
N	42	Xã	Kỳ Văn
N	42	Xã	Kỳ Xuân
N	42	Xã	Lộc Hà
N	42	Xã	Mai Hoa
N	42	Xã	Mai Phụ
N	42	Xã	Nghi Xuân
N	42	Xã	Phúc Trạch
N	42	Xã	Sơn Giang
N	42	Xã	Sơn Hồng
N	42	Xã	Sơn Kim 1
N	42	Xã	Sơn Kim 2
N	42	Xã	Sơn Tiến
N	42	Xã	Sơn Tây
N	42	Xã	Thiên Cầm
N	42	Xã	Thượng Đức
N	42	Xã	Thạch Hà
N	42	Xã	Thạch Khê
N	42	Xã	Thạch Lạc
N	42	Xã	Thạch Xuân
N	42	Xã	Tiên Điền
N	42	Xã	Toàn Lưu
N	42	Xã	Trường Lưu
N	42	Xã	Tùng Lộc
N	42	Xã	Tứ Mỹ
N	42	Xã	Việt Xuyên
N	42	Xã	Vũ Quang
N	42	Xã	Xuân Lộc
N	42	Xã	Yên Hòa
N	42	Xã	Đan Hải
N	42	Xã	Đông Kinh
N	42	Xã	Đồng Lộc
N	42	Xã	Đồng Tiến
N	42	Xã	Đức Minh
N	42	Xã	Đức Quang
N	42	Xã	Đức Thịnh
N	42	Xã	Đức Thọ
N	42	Xã	Đức Đồng
N	44	Phường	Ba Đồn
N	44	Phường	Bắc Gianh
N	44	Phường	Nam Đông Hà
N	44	Phường	Quảng Trị
N	44	Phường	Đông Hà
N	44	Phường	Đồng Hới
N	44	Phường	Đồng Sơn
N	44	Phường	Đồng Thuận
N	44	Xã	A Dơi
N	44	Xã	Ba Lòng
N	44	Xã	Bắc Trạch
N	44	Xã	Bến Hải
N	44	Xã	Bến Quan
N	44	Xã	Bố Trạch
N	44	Xã	Cam Hồng
N	44	Xã	Cam Lộ
N	44	Xã	Cồn Tiên
N	44	Xã	Cửa Tùng
N	44	Xã	Cửa Việt
N	44	Xã	Diên Sanh
N	44	Xã	Dân Hóa
N	44	Xã	Gio Linh
N	44	Xã	Hiếu Giang
N	44	Xã	Hoàn Lão
N	44	Xã	Hòa Trạch
N	44	Xã	Hướng Hiệp
N	44	Xã	Hướng Lập
N	44	Xã	Hướng Phùng
N	44	Xã	Hải Lăng
N	44	Xã	Khe Sanh
N	44	Xã	Kim Ngân
N	44	Xã	Kim Phú
N	44	Xã	Kim Điền
N	44	Xã	La Lay
N	44	Xã	Lao Bảo
N	44	Xã	Lìa
N	44	Xã	Lệ Ninh
N	44	Xã	Lệ Thủy
N	44	Xã	Minh Hóa
N	44	Xã	Mỹ Thủy
N	44	Xã	Nam Ba Đồn
N	44	Xã	Nam Cửa Việt
N	44	Xã	Nam Gianh
N	44	Xã	Nam Hải Lăng
N	44	Xã	Nam Trạch
N	44	Xã	Ninh Châu
N	44	Xã	Phong Nha
N	44	Xã	Phú Trạch
N	44	Xã	Quảng Ninh
N	44	Xã	Quảng Trạch
N	44	Xã	Sen Ngư
N	44	Xã	Thượng Trạch
N	44	Xã	Triệu Bình
N	44	Xã	Triệu Cơ
N	44	Xã	Triệu Phong
N	44	Xã	Trung Thuần
N	44	Xã	Trường Ninh
N	44	Xã	Trường Phú
N	44	Xã	Trường Sơn
N	44	Xã	Tuyên Bình
N	44	Xã	Tuyên Hóa
N	44	Xã	Tuyên Lâm
N	44	Xã	Tuyên Phú
N	44	Xã	Tuyên Sơn
N	44	Xã	Tà Rụt
N	44	Xã	Tân Gianh
N	44	Xã	Tân Lập
N	44	Xã	Tân Mỹ
N	44	Xã	Tân Thành
N	44	Xã	Vĩnh Hoàng
N	44	Xã	Vĩnh Linh
N	44	Xã	Vĩnh Thủy
N	44	Xã	Vĩnh Định
N	44	Xã	Ái Tử
N	44	Xã	Đakrông
N	44	Xã	Đông Trạch
N	44	Xã	Đồng Lê
N	44	Đặc khu	Cồn Cỏ
N	46	Phường	An Cựu
N	46	Phường	Dương Nỗ
N	46	Phường	Hóa Châu
N	46	Phường	Hương An
N	46	Phường	Hương Thủy
N	46	Phường	Hương Trà
N	46	Phường	Kim Long
N	46	Phường	Kim Trà
N	46	Phường	Mỹ Thượng
N	46	Phường	Phong Dinh
N	46	Phường	Phong Phú
N	46	Phường	Phong Quảng
N	46	Phường	Phong Thái
N	46	Phường	Phong Điền
N	46	Phường	Phú Bài
N	46	Phường	Phú Xuân
N	46	Phường	Thanh Thủy
N	46	Phường	Thuận An
N	46	Phường	Thuận Hóa
N	46	Phường	Thủy Xuân
N	46	Phường	Vỹ Dạ
N	46	Xã	A Lưới 1
N	46	Xã	A Lưới 2
N	46	Xã	A Lưới 3
N	46	Xã	A Lưới 4
N	46	Xã	A Lưới 5
N	46	Xã	Bình Điền
N	46	Xã	Chân Mây - Lăng Cô
N	46	Xã	Hưng Lộc
N	46	Xã	Khe Tre
N	46	Xã	Long Quảng
N	46	Xã	Lộc An
N	46	Xã	Nam Đông
N	46	Xã	Phú Hồ
N	46	Xã	Phú Lộc
N	46	Xã	Phú Vang
N	46	Xã	Phú Vinh
N	46	Xã	Quảng Điền
N	46	Xã	Vinh Lộc
N	46	Xã	Đan Điền
N	48	Phường	An Hải
N	48	Phường	An Khê
N	48	Phường	An Thắng
N	48	Phường	Bàn Thạch
N	48	Phường	Cẩm Lệ
N	48	Phường	Hòa Cường
N	48	Phường	Hòa Khánh
N	48	Phường	Hòa Xuân
N	48	Phường	Hương Trà
N	48	Phường	Hải Châu
N	48	Phường	Hải Vân
N	48	Phường	Hội An
N	48	Phường	Hội An Tây
N	48	Phường	Hội An Đông
N	48	Phường	Liên Chiểu
N	48	Phường	Ngũ Hành Sơn
N	48	Phường	Quảng Phú
N	48	Phường	Sơn Trà
N	48	Phường	Tam Kỳ
N	48	Phường	Thanh Khê
N	48	Phường	Điện Bàn
N	48	Phường	Điện Bàn Bắc
N	48	Phường	Điện Bàn Đông
N	48	Xã	Avương
N	48	Xã	Bà Nà
N	48	Xã	Bến Giằng
N	48	Xã	Bến Hiên
N	48	Xã	Chiên Đàn
N	48	Xã	Duy Nghĩa
N	48	Xã	Duy Xuyên
N	48	Xã	Gò Nổi
N	48	Xã	Hiệp Đức
N	48	Xã	Hà Nha
N	48	Xã	Hòa Tiến
N	48	Xã	Hòa Vang
N	48	Xã	Hùng Sơn
N	48	Xã	Khâm Đức
N	48	Xã	La Dêê
N	48	Xã	La Êê
N	48	Xã	Lãnh Ngọc
N	48	Xã	Nam Giang
N	48	Xã	Nam Phước
N	48	Xã	Nam Trà My
N	48	Xã	Nông Sơn
N	48	Xã	Núi Thành
N	48	Xã	Phú Ninh
N	48	Xã	Phú Thuận
N	48	Xã	Phước Chánh
N	48	Xã	Phước Hiệp
N	48	Xã	Phước Năng
N	48	Xã	Phước Thành
N	48	Xã	Phước Trà
N	48	Xã	Quế Phước
N	48	Xã	Quế Sơn
N	48	Xã	Quế Sơn Trung
N	48	Xã	Sông Kôn
N	48	Xã	Sông Vàng
N	48	Xã	Sơn Cẩm Hà
N	48	Xã	Tam Anh
N	48	Xã	Tam Hải
N	48	Xã	Tam Mỹ
N	48	Xã	Tam Xuân
N	48	Xã	Thu Bồn
N	48	Xã	Thăng An
N	48	Xã	Thăng Bình
N	48	Xã	Thăng Phú
N	48	Xã	Thăng Trường
N	48	Xã	Thăng Điền
N	48	Xã	Thượng Đức
N	48	Xã	Thạnh Bình
N	48	Xã	Thạnh Mỹ
N	48	Xã	Tiên Phước
N	48	Xã	Trà Giáp
N	48	Xã	Trà Leng
N	48	Xã	Trà Linh
N	48	Xã	Trà Liên
N	48	Xã	Trà My
N	48	Xã	Trà Tân
N	48	Xã	Trà Tập
N	48	Xã	Trà Vân
N	48	Xã	Trà Đốc
N	48	Xã	Tân Hiệp
N	48	Xã	Tây Giang
N	48	Xã	Tây Hồ
N	48	Xã	Việt An
N	48	Xã	Vu Gia
N	48	Xã	Xuân Phú
N	48	Xã	Điện Bàn Tây
N	48	Xã	Đông Giang
N	48	Xã	Đại Lộc
N	48	Xã	Đắc Pring
N	48	Xã	Đồng Dương
N	48	Xã	Đức Phú
N	48	Đặc khu	Hoàng Sa
N	51	Phường	Cẩm Thành
N	51	Phường	Kon Tum
N	51	Phường	Nghĩa Lộ
N	51	Phường	Sa Huỳnh
N	51	Phường	Trà Câu
N	51	Phường	Trương Quang Trọng
N	51	Phường	Đăk Bla
N	51	Phường	Đăk Cấm
N	51	Phường	Đức Phổ
N	51	Xã	An Phú
N	51	Xã	Ba Dinh
N	51	Xã	Ba Gia
N	51	Xã	Ba Tô
N	51	Xã	Ba Tơ
N	51	Xã	Ba Vinh
N	51	Xã	Ba Vì
N	51	Xã	Ba Xa
N	51	Xã	Ba Động
N	51	Xã	Bình Chương
N	51	Xã	Bình Minh
N	51	Xã	Bình Sơn
N	51	Xã	Bờ Y
N	51	Xã	Cà Đam
N	51	Xã	Dục Nông
N	51	Xã	Ia Chim
N	51	Xã	Ia Tơi
N	51	Xã	Ia Đal
N	51	Xã	Khánh Cường
N	51	Xã	Kon Braih
N	51	Xã	Kon Plông
N	51	Xã	Kon Đào
N	51	Xã	Long Phụng
N	51	Xã	Lân Phong
N	51	Xã	Minh Long
N	51	Xã	Mô Rai
N	51	Xã	Măng Bút
N	51	Xã	Măng Ri
N	51	Xã	Măng Đen
N	51	Xã	Mỏ Cày
N	51	Xã	Mộ Đức
N	51	Xã	Nghĩa Giang
N	51	Xã	Nghĩa Hành
N	51	Xã	Nguyễn Nghiêm
N	51	Xã	Ngọc Linh
N	51	Xã	Ngọk Bay
N	51	Xã	Ngọk Réo
N	51	Xã	Ngọk Tụ
N	51	Xã	Phước Giang
N	51	Xã	Rờ Kơi
N	51	Xã	Sa Bình
N	51	Xã	Sa Loong
N	51	Xã	Sa Thầy
N	51	Xã	Sơn Hà
N	51	Xã	Sơn Hạ
N	51	Xã	Sơn Kỳ
N	51	Xã	Sơn Linh
N	51	Xã	Sơn Mai
N	51	Xã	Sơn Thủy
N	51	Xã	Sơn Tây
N	51	Xã	Sơn Tây Hạ
N	51	Xã	Sơn Tây Thượng
N	51	Xã	Sơn Tịnh
N	51	Xã	Thanh Bồng
N	51	Xã	Thiện Tín
N	51	Xã	Thọ Phong
N	51	Xã	Trà Bồng
N	51	Xã	Trà Giang
N	51	Xã	Trường Giang
N	51	Xã	Tu Mơ Rông
N	51	Xã	Tây Trà
N	51	Xã	Tây Trà Bồng
N	51	Xã	Tư Nghĩa
N	51	Xã	Tịnh Khê
N	51	Xã	Vạn Tường
N	51	Xã	Vệ Giang
N	51	Xã	Xốp
N	51	Xã	Ya Ly
N	51	Xã	Đình Cương
N	51	Xã	Đông Sơn
N	51	Xã	Đông Trà Bồng
N	51	Xã	Đăk Hà
N	51	Xã	Đăk Kôi
N	51	Xã	Đăk Long
N	51	Xã	Đăk Mar
N	51	Xã	Đăk Môn
N	51	Xã	Đăk Plô
N	51	Xã	Đăk Pxi
N	51	Xã	Đăk Pék
N	51	Xã	Đăk Rve
N	51	Xã	Đăk Rơ Wa
N	51	Xã	Đăk Sao
N	51	Xã	Đăk Tô
N	51	Xã	Đăk Tờ Kan
N	51	Xã	Đăk Ui
N	51	Xã	Đặng Thùy Trâm
N	51	Đặc khu	Lý Sơn
N	52	Phường	An Bình
N	52	Phường	An Khê
N	52	Phường	An Nhơn
N	52	Phường	An Nhơn Bắc
N	52	Phường	An Nhơn Nam
N	52	Phường	An Nhơn Đông
N	52	Phường	An Phú
N	52	Phường	Ayun Pa
N	52	Phường	Bình Định
N	52	Phường	Bồng Sơn
N	52	Phường	Diên Hồng
N	52	Phường	Hoài Nhơn
N	52	Phường	Hoài Nhơn Bắc
N	52	Phường	Hoài Nhơn Nam
N	52	Phường	Hoài Nhơn Tây
N	52	Phường	Hoài Nhơn Đông
N	52	Phường	Hội Phú
N	52	Phường	Pleiku
N	52	Phường	Quy Nhơn
N	52	Phường	Quy Nhơn Bắc
N	52	Phường	Quy Nhơn Nam
N	52	Phường	Quy Nhơn Tây
N	52	Phường	Quy Nhơn Đông
N	52	Phường	Tam Quan
N	52	Phường	Thống Nhất
N	52	Xã	Al Bá
N	52	Xã	An Hòa
N	52	Xã	An Lão
N	52	Xã	An Lương
N	52	Xã	An Nhơn Tây
N	52	Xã	An Toàn
N	52	Xã	An Vinh
N	52	Xã	Ayun
N	52	Xã	Biển Hồ
N	52	Xã	Bàu Cạn
N	52	Xã	Bình An
N	52	Xã	Bình Dương
N	52	Xã	Bình Hiệp
N	52	Xã	Bình Khê
N	52	Xã	Bình Phú
N	52	Xã	Bờ Ngoong
N	52	Xã	Canh Liên
N	52	Xã	Canh Vinh
N	52	Xã	Chơ Long
N	52	Xã	Chư A Thai
N	52	Xã	Chư Krey
N	52	Xã	Chư Prông
N	52	Xã	Chư Păh
N	52	Xã	Chư Pưh
N	52	Xã	Chư Sê
N	52	Xã	Cát Tiến
N	52	Xã	Cửu An
N	52	Xã	Gào
N	52	Xã	Hoài Ân
N	52	Xã	Hra
N	52	Xã	Hòa Hội
N	52	Xã	Hội Sơn
N	52	Xã	Ia Boòng
N	52	Xã	Ia Băng
N	52	Xã	Ia Chia
N	52	Xã	Ia Dom
N	52	Xã	Ia Dreh
N	52	Xã	Ia Dơk
N	52	Xã	Ia Grai
N	52	Xã	Ia Hiao
N	52	Xã	Ia Hrung
N	52	Xã	Ia Hrú
N	52	Xã	Ia Khươl
N	52	Xã	Ia Ko
N	52	Xã	Ia Krái
N	52	Xã	Ia Krêl
N	52	Xã	Ia Le
N	52	Xã	Ia Ly
N	52	Xã	Ia Lâu
N	52	Xã	Ia Mơ
N	52	Xã	Ia Nan
N	52	Xã	Ia O
N	52	Xã	Ia Pa
N	52	Xã	Ia Phí
N	52	Xã	Ia Pia
N	52	Xã	Ia Pnôn
N	52	Xã	Ia Púch
N	52	Xã	Ia Rbol
N	52	Xã	Ia Rsai
N	52	Xã	Ia Sao
N	52	Xã	Ia Tul
N	52	Xã	Ia Tôr
N	52	Xã	KDang
N	52	Xã	Kbang
N	52	Xã	Kim Sơn
N	52	Xã	Kon Chiêng
N	52	Xã	Kon Gang
N	52	Xã	Krong
N	52	Xã	Kông Bơ La
N	52	Xã	Kông Chro
N	52	Xã	Lơ Pang
N	52	Xã	Mang Yang
N	52	Xã	Ngô Mây
N	52	Xã	Nhơn Châu
N	52	Xã	Phù Cát
N	52	Xã	Phù Mỹ
N	52	Xã	Phù Mỹ Bắc
N	52	Xã	Phù Mỹ Nam
N	52	Xã	Phù Mỹ Tây
N	52	Xã	Phù Mỹ Đông
N	52	Xã	Phú Thiện
N	52	Xã	Phú Túc
N	52	Xã	Pờ Tó
N	52	Xã	SRó
N	52	Xã	Sơn Lang
N	52	Xã	Tuy Phước
N	52	Xã	Tuy Phước Bắc
N	52	Xã	Tuy Phước Tây
N	52	Xã	Tuy Phước Đông
N	52	Xã	Tây Sơn
N	52	Xã	Tơ Tung
N	52	Xã	Uar
N	52	Xã	Vân Canh
N	52	Xã	Vĩnh Quang
N	52	Xã	Vĩnh Sơn
N	52	Xã	Vĩnh Thạnh
N	52	Xã	Vĩnh Thịnh
N	52	Xã	Vạn Đức
N	52	Xã	Xuân An
N	52	Xã	Ya Hội
N	52	Xã	Ya Ma
N	52	Xã	Ân Hảo
N	52	Xã	Ân Tường
N	52	Xã	Đak Pơ
N	52	Xã	Đak Rong
N	52	Xã	Đak Sơmei
N	52	Xã	Đak Đoa
N	52	Xã	Đăk Song
N	52	Xã	Đề Gi
N	52	Xã	Đức Cơ
N	56	Phường	Ba Ngòi
N	56	Phường	Bảo An
N	56	Phường	Bắc Cam Ranh
N	56	Phường	Bắc Nha Trang
N	56	Phường	Cam Linh
N	56	Phường	Cam Ranh
N	56	Phường	Hòa Thắng
N	56	Phường	Nam Nha Trang
N	56	Phường	Nha Trang
N	56	Phường	Ninh Chử
N	56	Phường	Ninh Hòa
N	56	Phường	Phan Rang
N	56	Phường	Tây Nha Trang
N	56	Phường	Đô Vinh
N	56	Phường	Đông Hải
N	56	Phường	Đông Ninh Hòa
N	56	Xã	Anh Dũng
N	56	Xã	Bác Ái
N	56	Xã	Bác Ái Tây
N	56	Xã	Bác Ái Đông
N	56	Xã	Bắc Khánh Vĩnh
N	56	Xã	Bắc Ninh Hòa
N	56	Xã	Cam An
N	56	Xã	Cam Hiệp
N	56	Xã	Cam Lâm
N	56	Xã	Cà Ná
N	56	Xã	Công Hải
N	56	Xã	Diên Khánh
N	56	Xã	Diên Lâm
N	56	Xã	Diên Lạc
N	56	Xã	Diên Thọ
N	56	Xã	Diên Điền
N	56	Xã	Hòa Trí
N	56	Xã	Khánh Sơn
N	56	Xã	Khánh Vĩnh
N	56	Xã	Lâm Sơn
N	56	Xã	Mỹ Sơn
N	56	Xã	Nam Cam Ranh
N	56	Xã	Nam Khánh Vĩnh
N	56	Xã	Nam Ninh Hòa
N	56	Xã	Ninh Hải
N	56	Xã	Ninh Phước
N	56	Xã	Ninh Sơn
N	56	Xã	Phước Dinh
N	56	Xã	Phước Hà
N	56	Xã	Phước Hậu
N	56	Xã	Phước Hữu
N	56	Xã	Suối Dầu
N	56	Xã	Suối Hiệp
N	56	Xã	Thuận Bắc
N	56	Xã	Thuận Nam
N	56	Xã	Trung Khánh Vĩnh
N	56	Xã	Tu Bông
N	56	Xã	Tân Định
N	56	Xã	Tây Khánh Sơn
N	56	Xã	Tây Khánh Vĩnh
N	56	Xã	Tây Ninh Hòa
N	56	Xã	Vĩnh Hải
N	56	Xã	Vạn Hưng
N	56	Xã	Vạn Ninh
N	56	Xã	Vạn Thắng
N	56	Xã	Xuân Hải
N	56	Xã	Đông Khánh Sơn
N	56	Xã	Đại Lãnh
N	56	Đặc khu	Trường Sa
N	66	Phường	Buôn Hồ
N	66	Phường	Buôn Ma Thuột
N	66	Phường	Bình Kiến
N	66	Phường	Cư Bao
N	66	Phường	Ea Kao
N	66	Phường	Hòa Hiệp
N	66	Phường	Phú Yên
N	66	Phường	Sông Cầu
N	66	Phường	Thành Nhất
N	66	Phường	Tuy Hòa
N	66	Phường	Tân An
N	66	Phường	Tân Lập
N	66	Phường	Xuân Đài
N	66	Phường	Đông Hòa
N	66	Xã	Buôn Đôn
N	66	Xã	Cuôr Đăng
N	66	Xã	Cư M'gar
N	66	Xã	Cư M'ta
N	66	Xã	Cư Prao
N	66	Xã	Cư Pui
N	66	Xã	Cư Pơng
N	66	Xã	Cư Yang
N	66	Xã	Dang Kang
N	66	Xã	Dliê Ya
N	66	Xã	Dray Bhăng
N	66	Xã	Dur Kmăl
N	66	Xã	Ea Bung
N	66	Xã	Ea Bá
N	66	Xã	Ea Drông
N	66	Xã	Ea Drăng
N	66	Xã	Ea H'Leo
N	66	Xã	Ea Hiao
N	66	Xã	Ea Kar
N	66	Xã	Ea Khăl
N	66	Xã	Ea Kiết
N	66	Xã	Ea Kly
N	66	Xã	Ea Knuếc
N	66	Xã	Ea Knốp
N	66	Xã	Ea Ktur
N	66	Xã	Ea Ly
N	66	Xã	Ea M'Droh
N	66	Xã	Ea Na
N	66	Xã	Ea Ning
N	66	Xã	Ea Nuôl
N	66	Xã	Ea Phê
N	66	Xã	Ea Păl
N	66	Xã	Ea Riêng
N	66	Xã	Ea Rốk
N	66	Xã	Ea Súp
N	66	Xã	Ea Trang
N	66	Xã	Ea Tul
N	66	Xã	Ea Wer
N	66	Xã	Ea Wy
N	66	Xã	Ea Ô
N	66	Xã	Hòa Mỹ
N	66	Xã	Hòa Phú
N	66	Xã	Hòa Sơn
N	66	Xã	Hòa Thịnh
N	66	Xã	Hòa Xuân
N	66	Xã	Ia Lốp
N	66	Xã	Ia Rvê
N	66	Xã	Krông Ana
N	66	Xã	Krông Bông
N	66	Xã	Krông Búk
N	66	Xã	Krông Nô
N	66	Xã	Krông Năng
N	66	Xã	Krông Pắc
N	66	Xã	Krông Á
N	66	Xã	Liên Sơn Lắk
N	66	Xã	M'Drắk
N	66	Xã	Nam Ka
N	66	Xã	Phú Hòa 1
N	66	Xã	Phú Hòa 2
N	66	Xã	Phú Mỡ
N	66	Xã	Phú Xuân
N	66	Xã	Pơng Drang
N	66	Xã	Quảng Phú
N	66	Xã	Suối Trai
N	66	Xã	Sông Hinh
N	66	Xã	Sơn Hòa
N	66	Xã	Sơn Thành
N	66	Xã	Tam Giang
N	66	Xã	Tuy An Bắc
N	66	Xã	Tuy An Nam
N	66	Xã	Tuy An Tây
N	66	Xã	Tuy An Đông
N	66	Xã	Tân Tiến
N	66	Xã	Tây Hòa
N	66	Xã	Tây Sơn
N	66	Xã	Vân Hòa
N	66	Xã	Vụ Bổn
N	66	Xã	Xuân Cảnh
N	66	Xã	Xuân Lãnh
N	66	Xã	Xuân Lộc
N	66	Xã	Xuân Phước
N	66	Xã	Xuân Thọ
N	66	Xã	Yang Mao
N	66	Xã	Ô Loan
N	66	Xã	Đắk Liêng
N	66	Xã	Đắk Phơi
N	66	Xã	Đồng Xuân
N	66	Xã	Đức Bình
N	68	Phường	1 Bảo Lộc
N	68	Phường	2 Bảo Lộc
N	68	Phường	3 Bảo Lộc
N	68	Phường	B'Lao
N	68	Phường	Bình Thuận
N	68	Phường	Bắc Gia Nghĩa
N	68	Phường	Cam Ly - Đà Lạt
N	68	Phường	Hàm Thắng
N	68	Phường	La Gi
N	68	Phường	Lang Biang - Đà Lạt
N	68	Phường	Lâm Viên - Đà Lạt
N	68	Phường	Mũi Né
N	68	Phường	Nam Gia Nghĩa
N	68	Phường	Phan Thiết
N	68	Phường	Phú Thủy
N	68	Phường	Phước Hội
N	68	Phường	Tiến Thành
N	68	Phường	Xuân Hương - Đà Lạt
N	68	Phường	Xuân Trường - Đà Lạt
N	68	Phường	Đông Gia Nghĩa
N	68	Xã	Bảo Lâm 1
N	68	Xã	Bảo Lâm 2
N	68	Xã	Bảo Lâm 3
N	68	Xã	Bảo Lâm 4
N	68	Xã	Bảo Lâm 5
N	68	Xã	Bảo Thuận
N	68	Xã	Bắc Bình
N	68	Xã	Bắc Ruộng
N	68	Xã	Cát Tiên
N	68	Xã	Cát Tiên 2
N	68	Xã	Cát Tiên 3
N	68	Xã	Cư Jút
N	68	Xã	D'Ran
N	68	Xã	Di Linh
N	68	Xã	Gia Hiệp
N	68	Xã	Hiệp Thạnh
N	68	Xã	Hoài Đức
N	68	Xã	Hàm Kiệm
N	68	Xã	Hàm Liêm
N	68	Xã	Hàm Thuận
N	68	Xã	Hàm Thuận Bắc
N	68	Xã	Hàm Thuận Nam
N	68	Xã	Hàm Thạnh
N	68	Xã	Hàm Tân
N	68	Xã	Hòa Bắc
N	68	Xã	Hòa Ninh
N	68	Xã	Hòa Thắng
N	68	Xã	Hải Ninh
N	68	Xã	Hồng Sơn
N	68	Xã	Hồng Thái
N	68	Xã	Ka Đô
N	68	Xã	Kiến Đức
N	68	Xã	Krông Nô
N	68	Xã	La Dạ
N	68	Xã	Liên Hương
N	68	Xã	Lương Sơn
N	68	Xã	Lạc Dương
N	68	Xã	Nam Ban Lâm Hà
N	68	Xã	Nam Dong
N	68	Xã	Nam Hà Lâm Hà
N	68	Xã	Nam Thành
N	68	Xã	Nam Đà
N	68	Xã	Nghị Đức
N	68	Xã	Nhân Cơ
N	68	Xã	Ninh Gia
N	68	Xã	Nâm Nung
N	68	Xã	Phan Rí Cửa
N	68	Xã	Phan Sơn
N	68	Xã	Phú Sơn Lâm Hà
N	68	Xã	Phúc Thọ Lâm Hà
N	68	Xã	Quảng Hòa
N	68	Xã	Quảng Khê
N	68	Xã	Quảng Lập
N	68	Xã	Quảng Phú
N	68	Xã	Quảng Sơn
N	68	Xã	Quảng Trực
N	68	Xã	Quảng Tân
N	68	Xã	Quảng Tín
N	68	Xã	Suối Kiết
N	68	Xã	Sông Lũy
N	68	Xã	Sơn Mỹ
N	68	Xã	Sơn Điền
N	68	Xã	Thuận An
N	68	Xã	Thuận Hạnh
N	68	Xã	Trà Tân
N	68	Xã	Trường Xuân
N	68	Xã	Tuy Phong
N	68	Xã	Tuy Đức
N	68	Xã	Tuyên Quang
N	68	Xã	Tà Hine
N	68	Xã	Tà Năng
N	68	Xã	Tà Đùng
N	68	Xã	Tánh Linh
N	68	Xã	Tân Hà Lâm Hà
N	68	Xã	Tân Hải
N	68	Xã	Tân Hội
N	68	Xã	Tân Lập
N	68	Xã	Tân Minh
N	68	Xã	Tân Thành
N	68	Xã	Vĩnh Hảo
N	68	Xã	Đam Rông 1
N	68	Xã	Đam Rông 2
N	68	Xã	Đam Rông 3
N	68	Xã	Đam Rông 4
N	68	Xã	Đinh Trang Thượng
N	68	Xã	Đinh Văn Lâm Hà
N	68	Xã	Đông Giang
N	68	Xã	Đơn Dương
N	68	Xã	Đạ Huoai
N	68	Xã	Đạ Huoai 2
N	68	Xã	Đạ Huoai 3
N	68	Xã	Đạ Tẻh
N	68	Xã	Đạ Tẻh 2
N	68	Xã	Đạ Tẻh 3
N	68	Xã	Đắk Mil
N	68	Xã	Đắk Song
N	68	Xã	Đắk Sắk
N	68	Xã	Đắk Wil
N	68	Xã	Đồng Kho
N	68	Xã	Đức An
N	68	Xã	Đức Linh
N	68	Xã	Đức Lập
N	68	Xã	Đức Trọng
N	68	Đặc khu	Phú Quý
N	75	Phường	An Lộc
N	75	Phường	Biên Hòa
N	75	Phường	Bình Long
N	75	Phường	Bình Lộc
N	75	Phường	Bình Phước
N	75	Phường	Bảo Vinh
N	75	Phường	Chơn Thành
N	75	Phường	Hàng Gòn
N	75	Phường	Hố Nai
N	75	Phường	Long Bình
N	75	Phường	Long Hưng
N	75	Phường	Long Khánh
N	75	Phường	Minh Hưng
N	75	Phường	Phước Bình
N	75	Phường	Phước Long
N	75	Phường	Phước Tân
N	75	Phường	Tam Hiệp
N	75	Phường	Tam Phước
N	75	Phường	Trảng Dài
N	75	Phường	Trấn Biên
N	75	Phường	Tân Triều
N	75	Phường	Xuân Lập
N	75	Phường	Đồng Xoài
N	75	Xã	An Phước
N	75	Xã	An Viễn
N	75	Xã	Bom Bo
N	75	Xã	Bàu Hàm
N	75	Xã	Bình An
N	75	Xã	Bình Minh
N	75	Xã	Bình Tân
N	75	Xã	Bù Gia Mập
N	75	Xã	Bù Đăng
N	75	Xã	Cẩm Mỹ
N	75	Xã	Dầu Giây
N	75	Xã	Gia Kiệm
N	75	Xã	Hưng Phước
N	75	Xã	Hưng Thịnh
N	75	Xã	La Ngà
N	75	Xã	Long Hà
N	75	Xã	Long Phước
N	75	Xã	Long Thành
N	75	Xã	Lộc Hưng
N	75	Xã	Lộc Ninh
N	75	Xã	Lộc Quang
N	75	Xã	Lộc Thành
N	75	Xã	Lộc Thạnh
N	75	Xã	Lộc Tấn
N	75	Xã	Minh Đức
N	75	Xã	Nam Cát Tiên
N	75	Xã	Nghĩa Trung
N	75	Xã	Nha Bích
N	75	Xã	Nhơn Trạch
N	75	Xã	Phú Hòa
N	75	Xã	Phú Lâm
N	75	Xã	Phú Lý
N	75	Xã	Phú Nghĩa
N	75	Xã	Phú Riềng
N	75	Xã	Phú Trung
N	75	Xã	Phú Vinh
N	75	Xã	Phước An
N	75	Xã	Phước Sơn
N	75	Xã	Phước Thái
N	75	Xã	Sông Ray
N	75	Xã	Thanh Sơn
N	75	Xã	Thiện Hưng
N	75	Xã	Thuận Lợi
N	75	Xã	Thọ Sơn
N	75	Xã	Thống Nhất
N	75	Xã	Trảng Bom
N	75	Xã	Trị An
N	75	Xã	Tà Lài
N	75	Xã	Tân An
N	75	Xã	Tân Hưng
N	75	Xã	Tân Khai
N	75	Xã	Tân Lợi
N	75	Xã	Tân Phú
N	75	Xã	Tân Quan
N	75	Xã	Tân Tiến
N	75	Xã	Xuân Bắc
N	75	Xã	Xuân Hòa
N	75	Xã	Xuân Lộc
N	75	Xã	Xuân Phú
N	75	Xã	Xuân Quế
N	75	Xã	Xuân Thành
N	75	Xã	Xuân Đông
N	75	Xã	Xuân Đường
N	75	Xã	Xuân Định
N	75	Xã	Đa Kia
N	75	Xã	Đak Lua
N	75	Xã	Đak Nhau
N	75	Xã	Đăk Ơ
N	75	Xã	Đại Phước
N	75	Xã	Định Quán
N	75	Xã	Đồng Phú
N	75	Xã	Đồng Tâm
N	79	Phường	An Hội Tây
N	79	Phường	An Hội Đông
N	79	Phường	An Khánh
N	79	Phường	An Lạc
N	79	Phường	An Nhơn
N	79	Phường	An Phú
N	79	Phường	An Phú Đông
N	79	Phường	An Đông
N	79	Phường	Bà Rịa
N	79	Phường	Bàn Cờ
N	79	Phường	Bình Cơ
N	79	Phường	Bình Dương
N	79	Phường	Bình Hòa
N	79	Phường	Bình Hưng Hòa
N	79	Phường	Bình Lợi Trung
N	79	Phường	Bình Phú
N	79	Phường	Bình Quới
N	79	Phường	Bình Thạnh
N	79	Phường	Bình Thới
N	79	Phường	Bình Tiên
N	79	Phường	Bình Trưng
N	79	Phường	Bình Trị Đông
N	79	Phường	Bình Tân
N	79	Phường	Bình Tây
N	79	Phường	Bình Đông
N	79	Phường	Bảy Hiền
N	79	Phường	Bến Cát
N	79	Phường	Bến Thành
N	79	Phường	Chánh Hiệp
N	79	Phường	Chánh Hưng
N	79	Phường	Chánh Phú Hòa
N	79	Phường	Chợ Lớn
N	79	Phường	Chợ Quán
N	79	Phường	Cát Lái
N	79	Phường	Cầu Kiệu
N	79	Phường	Cầu Ông Lãnh
N	79	Phường	Diên Hồng
N	79	Phường	Dĩ An
N	79	Phường	Gia Định
N	79	Phường	Gò Vấp
N	79	Phường	Hiệp Bình
N	79	Phường	Hòa Bình
N	79	Phường	Hòa Hưng
N	79	Phường	Hòa Lợi
N	79	Phường	Hạnh Thông
N	79	Phường	Khánh Hội
N	79	Phường	Linh Xuân
N	79	Phường	Long Bình
N	79	Phường	Long Hương
N	79	Phường	Long Nguyên
N	79	Phường	Long Phước
N	79	Phường	Long Trường
N	79	Phường	Lái Thiêu
N	79	Phường	Minh Phụng
N	79	Phường	Nhiêu Lộc
N	79	Phường	Phú An
N	79	Phường	Phú Lâm
N	79	Phường	Phú Lợi
N	79	Phường	Phú Mỹ
N	79	Phường	Phú Nhuận
N	79	Phường	Phú Thuận
N	79	Phường	Phú Thạnh
N	79	Phường	Phú Thọ
N	79	Phường	Phú Thọ Hòa
N	79	Phường	Phú Định
N	79	Phường	Phước Long
N	79	Phường	Phước Thắng
N	79	Phường	Rạch Dừa
N	79	Phường	Sài Gòn
N	79	Phường	Tam Bình
N	79	Phường	Tam Long
N	79	Phường	Tam Thắng
N	79	Phường	Thuận An
N	79	Phường	Thuận Giao
N	79	Phường	Thông Tây Hội
N	79	Phường	Thạnh Mỹ Tây
N	79	Phường	Thới An
N	79	Phường	Thới Hòa
N	79	Phường	Thủ Dầu Một
N	79	Phường	Thủ Đức
N	79	Phường	Trung Mỹ Tây
N	79	Phường	Tân Bình
N	79	Phường	Tân Hiệp
N	79	Phường	Tân Hòa
N	79	Phường	Tân Hưng
N	79	Phường	Tân Hải
N	79	Phường	Tân Khánh
N	79	Phường	Tân Mỹ
N	79	Phường	Tân Phú
N	79	Phường	Tân Phước
N	79	Phường	Tân Sơn
N	79	Phường	Tân Sơn Hòa
N	79	Phường	Tân Sơn Nhì
N	79	Phường	Tân Sơn Nhất
N	79	Phường	Tân Thuận
N	79	Phường	Tân Thành
N	79	Phường	Tân Thới Hiệp
N	79	Phường	Tân Tạo
N	79	Phường	Tân Uyên
N	79	Phường	Tân Đông Hiệp
N	79	Phường	Tân Định
N	79	Phường	Tây Nam
N	79	Phường	Tây Thạnh
N	79	Phường	Tăng Nhơn Phú
N	79	Phường	Vĩnh Hội
N	79	Phường	Vĩnh Tân
N	79	Phường	Vũng Tàu
N	79	Phường	Vườn Lài
N	79	Phường	Xuân Hòa
N	79	Phường	Xóm Chiếu
N	79	Phường	Đông Hòa
N	79	Phường	Đông Hưng Thuận
N	79	Phường	Đức Nhuận
N	79	Xã	An Long
N	79	Xã	An Nhơn Tây
N	79	Xã	An Thới Đông
N	79	Xã	Bà Điểm
N	79	Xã	Bàu Bàng
N	79	Xã	Bàu Lâm
N	79	Xã	Bình Chánh
N	79	Xã	Bình Châu
N	79	Xã	Bình Giã
N	79	Xã	Bình Hưng
N	79	Xã	Bình Khánh
N	79	Xã	Bình Lợi
N	79	Xã	Bình Mỹ
N	79	Xã	Bắc Tân Uyên
N	79	Xã	Châu Pha
N	79	Xã	Châu Đức
N	79	Xã	Cần Giờ
N	79	Xã	Củ Chi
N	79	Xã	Dầu Tiếng
N	79	Xã	Hiệp Phước
N	79	Xã	Hòa Hiệp
N	79	Xã	Hòa Hội
N	79	Xã	Hóc Môn
N	79	Xã	Hưng Long
N	79	Xã	Hồ Tràm
N	79	Xã	Kim Long
N	79	Xã	Long Hòa
N	79	Xã	Long Hải
N	79	Xã	Long Sơn
N	79	Xã	Long Điền
N	79	Xã	Minh Thạnh
N	79	Xã	Nghĩa Thành
N	79	Xã	Ngãi Giao
N	79	Xã	Nhuận Đức
N	79	Xã	Nhà Bè
N	79	Xã	Phú Giáo
N	79	Xã	Phú Hòa Đông
N	79	Xã	Phước Hòa
N	79	Xã	Phước Hải
N	79	Xã	Phước Thành
N	79	Xã	Thanh An
N	79	Xã	Thái Mỹ
N	79	Xã	Thường Tân
N	79	Xã	Thạnh An
N	79	Xã	Trừ Văn Thố
N	79	Xã	Tân An Hội
N	79	Xã	Tân Nhựt
N	79	Xã	Tân Vĩnh Lộc
N	79	Xã	Vĩnh Lộc
N	79	Xã	Xuyên Mộc
N	79	Xã	Xuân Sơn
N	79	Xã	Xuân Thới Sơn
N	79	Xã	Đông Thạnh
N	79	Xã	Đất Đỏ
N	79	Đặc khu	Côn Đảo
N	80	Phường	An Tịnh
N	80	Phường	Bình Minh
N	80	Phường	Gia Lộc
N	80	Phường	Gò Dầu
N	80	Phường	Hòa Thành
N	80	Phường	Khánh Hậu
N	80	Phường	Kiến Tường
N	80	Phường	Long An
N	80	Phường	Long Hoa
N	80	Phường	Ninh Thạnh
N	80	Phường	Thanh Điền
N	80	Phường	Trảng Bàng
N	80	Phường	Tân An
N	80	Phường	Tân Ninh
N	80	Xã	An Lục Long
N	80	Xã	An Ninh
N	80	Xã	Bình Hiệp
N	80	Xã	Bình Hòa
N	80	Xã	Bình Thành
N	80	Xã	Bình Đức
N	80	Xã	Bến Cầu
N	80	Xã	Bến Lức
N	80	Xã	Châu Thành
N	80	Xã	Cần Giuộc
N	80	Xã	Cần Đước
N	80	Xã	Cầu Khởi
N	80	Xã	Dương Minh Châu
N	80	Xã	Hiệp Hòa
N	80	Xã	Hòa Hội
N	80	Xã	Hòa Khánh
N	80	Xã	Hưng Thuận
N	80	Xã	Hưng Điền
N	80	Xã	Hảo Đước
N	80	Xã	Hậu Nghĩa
N	80	Xã	Hậu Thạnh
N	80	Xã	Khánh Hưng
N	80	Xã	Long Cang
N	80	Xã	Long Chữ
N	80	Xã	Long Hựu
N	80	Xã	Long Thuận
N	80	Xã	Lương Hòa
N	80	Xã	Lộc Ninh
N	80	Xã	Mộc Hóa
N	80	Xã	Mỹ An
N	80	Xã	Mỹ Hạnh
N	80	Xã	Mỹ Lệ
N	80	Xã	Mỹ Lộc
N	80	Xã	Mỹ Quý
N	80	Xã	Mỹ Thạnh
N	80	Xã	Mỹ Yên
N	80	Xã	Nhơn Hòa Lập
N	80	Xã	Nhơn Ninh
N	80	Xã	Nhựt Tảo
N	80	Xã	Ninh Điền
N	80	Xã	Phước Chỉ
N	80	Xã	Phước Lý
N	80	Xã	Phước Thạnh
N	80	Xã	Phước Vinh
N	80	Xã	Phước Vĩnh Tây
N	80	Xã	Rạch Kiến
N	80	Xã	Thuận Mỹ
N	80	Xã	Thạnh Bình
N	80	Xã	Thạnh Hóa
N	80	Xã	Thạnh Lợi
N	80	Xã	Thạnh Phước
N	80	Xã	Thạnh Đức
N	80	Xã	Thủ Thừa
N	80	Xã	Truông Mít
N	80	Xã	Trà Vong
N	80	Xã	Tuyên Bình
N	80	Xã	Tuyên Thạnh
N	80	Xã	Tân Biên
N	80	Xã	Tân Châu
N	80	Xã	Tân Hòa
N	80	Xã	Tân Hưng
N	80	Xã	Tân Hội
N	80	Xã	Tân Long
N	80	Xã	Tân Lân
N	80	Xã	Tân Lập
N	80	Xã	Tân Phú
N	80	Xã	Tân Thành
N	80	Xã	Tân Thạnh
N	80	Xã	Tân Trụ
N	80	Xã	Tân Tây
N	80	Xã	Tân Tập
N	80	Xã	Tân Đông
N	80	Xã	Tầm Vu
N	80	Xã	Vàm Cỏ
N	80	Xã	Vĩnh Châu
N	80	Xã	Vĩnh Công
N	80	Xã	Vĩnh Hưng
N	80	Xã	Vĩnh Thạnh
N	80	Xã	Đông Thành
N	80	Xã	Đức Huệ
N	80	Xã	Đức Hòa
N	80	Xã	Đức Lập
N	82	Phường	An Bình
N	82	Phường	Bình Xuân
N	82	Phường	Cai Lậy
N	82	Phường	Cao Lãnh
N	82	Phường	Gò Công
N	82	Phường	Hồng Ngự
N	82	Phường	Long Thuận
N	82	Phường	Mỹ Ngãi
N	82	Phường	Mỹ Phong
N	82	Phường	Mỹ Phước Tây
N	82	Phường	Mỹ Tho
N	82	Phường	Mỹ Trà
N	82	Phường	Nhị Quý
N	82	Phường	Sa Đéc
N	82	Phường	Sơn Qui
N	82	Phường	Thanh Hòa
N	82	Phường	Thường Lạc
N	82	Phường	Thới Sơn
N	82	Phường	Trung An
N	82	Phường	Đạo Thạnh
N	82	Xã	An Hòa
N	82	Xã	An Hữu
N	82	Xã	An Long
N	82	Xã	An Phước
N	82	Xã	An Thạnh Thủy
N	82	Xã	Ba Sao
N	82	Xã	Bình Hàng Trung
N	82	Xã	Bình Ninh
N	82	Xã	Bình Phú
N	82	Xã	Bình Thành
N	82	Xã	Bình Trưng
N	82	Xã	Châu Thành
N	82	Xã	Chợ Gạo
N	82	Xã	Cái Bè
N	82	Xã	Gia Thuận
N	82	Xã	Gò Công Đông
N	82	Xã	Hiệp Đức
N	82	Xã	Hòa Long
N	82	Xã	Hưng Thạnh
N	82	Xã	Hậu Mỹ
N	82	Xã	Hội Cư
N	82	Xã	Kim Sơn
N	82	Xã	Lai Vung
N	82	Xã	Long Bình
N	82	Xã	Long Hưng
N	82	Xã	Long Khánh
N	82	Xã	Long Phú Thuận
N	82	Xã	Long Tiên
N	82	Xã	Long Định
N	82	Xã	Lương Hòa Lạc
N	82	Xã	Lấp Vò
N	82	Xã	Mỹ An Hưng
N	82	Xã	Mỹ Hiệp
N	82	Xã	Mỹ Lợi
N	82	Xã	Mỹ Quí
N	82	Xã	Mỹ Thiện
N	82	Xã	Mỹ Thành
N	82	Xã	Mỹ Thọ
N	82	Xã	Mỹ Tịnh An
N	82	Xã	Mỹ Đức Tây
N	82	Xã	Ngũ Hiệp
N	82	Xã	Phong Hòa
N	82	Xã	Phong Mỹ
N	82	Xã	Phú Cường
N	82	Xã	Phú Hựu
N	82	Xã	Phú Thành
N	82	Xã	Phú Thọ
N	82	Xã	Phương Thịnh
N	82	Xã	Tam Nông
N	82	Xã	Thanh Bình
N	82	Xã	Thanh Hưng
N	82	Xã	Thanh Mỹ
N	82	Xã	Tháp Mười
N	82	Xã	Thường Phước
N	82	Xã	Thạnh Phú
N	82	Xã	Tràm Chim
N	82	Xã	Trường Xuân
N	82	Xã	Tân Dương
N	82	Xã	Tân Hòa
N	82	Xã	Tân Hương
N	82	Xã	Tân Hồng
N	82	Xã	Tân Hộ Cơ
N	82	Xã	Tân Khánh Trung
N	82	Xã	Tân Long
N	82	Xã	Tân Nhuận Đông
N	82	Xã	Tân Phú
N	82	Xã	Tân Phú Trung
N	82	Xã	Tân Phú Đông
N	82	Xã	Tân Phước 1
N	82	Xã	Tân Phước 2
N	82	Xã	Tân Phước 3
N	82	Xã	Tân Thuận Bình
N	82	Xã	Tân Thành
N	82	Xã	Tân Thạnh
N	82	Xã	Tân Thới
N	82	Xã	Tân Điền
N	82	Xã	Tân Đông
N	82	Xã	Vĩnh Bình
N	82	Xã	Vĩnh Hựu
N	82	Xã	Vĩnh Kim
N	82	Xã	Đốc Binh Kiều
N	82	Xã	Đồng Sơn
N	86	Phường	An Hội
N	86	Phường	Bình Minh
N	86	Phường	Bến Tre
N	86	Phường	Cái Vồn
N	86	Phường	Duyên Hải
N	86	Phường	Hòa Thuận
N	86	Phường	Long Châu
N	86	Phường	Long Đức
N	86	Phường	Nguyệt Hóa
N	86	Phường	Phú Khương
N	86	Phường	Phú Tân
N	86	Phường	Phước Hậu
N	86	Phường	Sơn Đông
N	86	Phường	Thanh Đức
N	86	Phường	Trà Vinh
N	86	Phường	Trường Long Hòa
N	86	Phường	Tân Hạnh
N	86	Phường	Tân Ngãi
N	86	Phường	Đông Thành
N	86	Xã	An Bình
N	86	Xã	An Hiệp
N	86	Xã	An Ngãi Trung
N	86	Xã	An Phú Tân
N	86	Xã	An Qui
N	86	Xã	An Trường
N	86	Xã	An Định
N	86	Xã	Ba Tri
N	86	Xã	Bình Phú
N	86	Xã	Bình Phước
N	86	Xã	Bình Đại
N	86	Xã	Bảo Thạnh
N	86	Xã	Châu Hòa
N	86	Xã	Châu Hưng
N	86	Xã	Châu Thành
N	86	Xã	Chợ Lách
N	86	Xã	Càng Long
N	86	Xã	Cái Ngang
N	86	Xã	Cái Nhum
N	86	Xã	Cầu Kè
N	86	Xã	Cầu Ngang
N	86	Xã	Giao Long
N	86	Xã	Giồng Trôm
N	86	Xã	Hiếu Phụng
N	86	Xã	Hiếu Thành
N	86	Xã	Hiệp Mỹ
N	86	Xã	Hàm Giang
N	86	Xã	Hòa Bình
N	86	Xã	Hòa Hiệp
N	86	Xã	Hòa Minh
N	86	Xã	Hùng Hòa
N	86	Xã	Hưng Khánh Trung
N	86	Xã	Hưng Mỹ
N	86	Xã	Hưng Nhượng
N	86	Xã	Hương Mỹ
N	86	Xã	Long Hiệp
N	86	Xã	Long Hòa
N	86	Xã	Long Hồ
N	86	Xã	Long Hữu
N	86	Xã	Long Thành
N	86	Xã	Long Vĩnh
N	86	Xã	Lưu Nghiệp Anh
N	86	Xã	Lương Hòa
N	86	Xã	Lương Phú
N	86	Xã	Lộc Thuận
N	86	Xã	Lục Sĩ Thành
N	86	Xã	Mỏ Cày
N	86	Xã	Mỹ Chánh Hòa
N	86	Xã	Mỹ Long
N	86	Xã	Mỹ Thuận
N	86	Xã	Ngãi Tứ
N	86	Xã	Ngũ Lạc
N	86	Xã	Nhuận Phú Tân
N	86	Xã	Nhơn Phú
N	86	Xã	Nhị Long
N	86	Xã	Nhị Trường
N	86	Xã	Phong Thạnh
N	86	Xã	Phú Phụng
N	86	Xã	Phú Quới
N	86	Xã	Phú Thuận
N	86	Xã	Phú Túc
N	86	Xã	Phước Long
N	86	Xã	Phước Mỹ Trung
N	86	Xã	Quới An
N	86	Xã	Quới Thiện
N	86	Xã	Quới Điền
N	86	Xã	Song Lộc
N	86	Xã	Song Phú
N	86	Xã	Tam Bình
N	86	Xã	Tam Ngãi
N	86	Xã	Thành Thới
N	86	Xã	Thạnh Hải
N	86	Xã	Thạnh Phong
N	86	Xã	Thạnh Phú
N	86	Xã	Thạnh Phước
N	86	Xã	Thạnh Trị
N	86	Xã	Thới Thuận
N	86	Xã	Tiên Thủy
N	86	Xã	Tiểu Cần
N	86	Xã	Trung Hiệp
N	86	Xã	Trung Ngãi
N	86	Xã	Trung Thành
N	86	Xã	Trà Côn
N	86	Xã	Trà Cú
N	86	Xã	Trà Ôn
N	86	Xã	Tân An
N	86	Xã	Tân Hào
N	86	Xã	Tân Hòa
N	86	Xã	Tân Long Hội
N	86	Xã	Tân Lược
N	86	Xã	Tân Phú
N	86	Xã	Tân Quới
N	86	Xã	Tân Thành Bình
N	86	Xã	Tân Thủy
N	86	Xã	Tân Xuân
N	86	Xã	Tập Ngãi
N	86	Xã	Tập Sơn
N	86	Xã	Vinh Kim
N	86	Xã	Vĩnh Thành
N	86	Xã	Vĩnh Xuân
N	86	Xã	Đôn Châu
N	86	Xã	Đông Hải
N	86	Xã	Đại An
N	86	Xã	Đại Điền
N	86	Xã	Đồng Khởi
N	91	Phường	Bình Đức
N	91	Phường	Chi Lăng
N	91	Phường	Châu Đốc
N	91	Phường	Hà Tiên
N	91	Phường	Long Phú
N	91	Phường	Long Xuyên
N	91	Phường	Mỹ Thới
N	91	Phường	Rạch Giá
N	91	Phường	Thới Sơn
N	91	Phường	Tân Châu
N	91	Phường	Tô Châu
N	91	Phường	Tịnh Biên
N	91	Phường	Vĩnh Thông
N	91	Phường	Vĩnh Tế
N	91	Xã	An Biên
N	91	Xã	An Châu
N	91	Xã	An Cư
N	91	Xã	An Minh
N	91	Xã	An Phú
N	91	Xã	Ba Chúc
N	91	Xã	Bình An
N	91	Xã	Bình Giang
N	91	Xã	Bình Hòa
N	91	Xã	Bình Mỹ
N	91	Xã	Bình Sơn
N	91	Xã	Bình Thạnh Đông
N	91	Xã	Châu Phong
N	91	Xã	Châu Phú
N	91	Xã	Châu Thành
N	91	Xã	Chợ Mới
N	91	Xã	Chợ Vàm
N	91	Xã	Cô Tô
N	91	Xã	Cù Lao Giêng
N	91	Xã	Cần Đăng
N	91	Xã	Giang Thành
N	91	Xã	Giồng Riềng
N	91	Xã	Gò Quao
N	91	Xã	Hòa Hưng
N	91	Xã	Hòa Lạc
N	91	Xã	Hòa Thuận
N	91	Xã	Hòa Điền
N	91	Xã	Hòn Nghệ
N	91	Xã	Hòn Đất
N	91	Xã	Hội An
N	91	Xã	Khánh Bình
N	91	Xã	Kiên Lương
N	91	Xã	Long Kiến
N	91	Xã	Long Thạnh
N	91	Xã	Long Điền
N	91	Xã	Mỹ Hòa Hưng
N	91	Xã	Mỹ Thuận
N	91	Xã	Mỹ Đức
N	91	Xã	Ngọc Chúc
N	91	Xã	Nhơn Hội
N	91	Xã	Nhơn Mỹ
N	91	Xã	Núi Cấm
N	91	Xã	Phú An
N	91	Xã	Phú Hòa
N	91	Xã	Phú Hữu
N	91	Xã	Phú Lâm
N	91	Xã	Phú Tân
N	91	Xã	Sơn Hải
N	91	Xã	Sơn Kiên
N	91	Xã	Thoại Sơn
N	91	Xã	Thạnh Hưng
N	91	Xã	Thạnh Lộc
N	91	Xã	Thạnh Mỹ Tây
N	91	Xã	Thạnh Đông
N	91	Xã	Tiên Hải
N	91	Xã	Tri Tôn
N	91	Xã	Tân An
N	91	Xã	Tân Hiệp
N	91	Xã	Tân Hội
N	91	Xã	Tân Thạnh
N	91	Xã	Tây Phú
N	91	Xã	Tây Yên
N	91	Xã	U Minh Thượng
N	91	Xã	Vân Khánh
N	91	Xã	Vĩnh An
N	91	Xã	Vĩnh Bình
N	91	Xã	Vĩnh Gia
N	91	Xã	Vĩnh Hanh
N	91	Xã	Vĩnh Hòa
N	91	Xã	Vĩnh Hòa Hưng
N	91	Xã	Vĩnh Hậu
N	91	Xã	Vĩnh Phong
N	91	Xã	Vĩnh Thuận
N	91	Xã	Vĩnh Thạnh Trung
N	91	Xã	Vĩnh Trạch
N	91	Xã	Vĩnh Tuy
N	91	Xã	Vĩnh Xương
N	91	Xã	Vĩnh Điều
N	91	Xã	Óc Eo
N	91	Xã	Ô Lâm
N	91	Xã	Đông Hòa
N	91	Xã	Đông Hưng
N	91	Xã	Đông Thái
N	91	Xã	Định Hòa
N	91	Xã	Định Mỹ
N	91	Đặc khu	Kiên Hải
N	91	Đặc khu	Phú Quốc
N	91	Đặc khu	Thổ Châu
N	92	Phường	An Bình
N	92	Phường	Bình Thủy
N	92	Phường	Cái Khế
N	92	Phường	Cái Răng
N	92	Phường	Hưng Phú
N	92	Phường	Khánh Hòa
N	92	Phường	Long Bình
N	92	Phường	Long Mỹ
N	92	Phường	Long Phú 1
N	92	Phường	Long Tuyền
N	92	Phường	Mỹ Quới
N	92	Phường	Mỹ Xuyên
N	92	Phường	Ngã Bảy
N	92	Phường	Ngã Năm
N	92	Phường	Ninh Kiều
N	92	Phường	Phong Điền
N	92	Phường	Phú Lợi
N	92	Phường	Phước Thới
N	92	Phường	Sóc Trăng
N	92	Phường	Thuận Hưng
N	92	Phường	Thốt Nốt
N	92	Phường	Thới An Đông
N	92	Phường	Thới Long
N	92	Phường	Trung Nhứt
N	92	Phường	Tân An
N	92	Phường	Vĩnh Châu
N	92	Phường	Vĩnh Phước
N	92	Phường	Vị Thanh
N	92	Phường	Vị Tân
N	92	Phường	Ô Môn
N	92	Phường	Đại Thành
N	92	Xã	An Lạc Thôn
N	92	Xã	An Ninh
N	92	Xã	An Thạnh
N	92	Xã	Châu Thành
N	92	Xã	Cù Lao Dung
N	92	Xã	Cờ Đỏ
N	92	Xã	Gia Hòa
N	92	Xã	Hiệp Hưng
N	92	Xã	Hòa An
N	92	Xã	Hòa Tú
N	92	Xã	Hỏa Lựu
N	92	Xã	Hồ Đắc Kiện
N	92	Xã	Kế Sách
N	92	Xã	Lai Hòa
N	92	Xã	Liêu Tú
N	92	Xã	Long Hưng
N	92	Xã	Long Phú
N	92	Xã	Lâm Tân
N	92	Xã	Lương Tâm
N	92	Xã	Lịch Hội Thượng
N	92	Xã	Mỹ Hương
N	92	Xã	Mỹ Phước
N	92	Xã	Mỹ Tú
N	92	Xã	Ngọc Tố
N	92	Xã	Nhu Gia
N	92	Xã	Nhơn Mỹ
N	92	Xã	Nhơn Ái
N	92	Xã	Phong Nẫm
N	92	Xã	Phú Hữu
N	92	Xã	Phú Lộc
N	92	Xã	Phú Tâm
N	92	Xã	Phương Bình
N	92	Xã	Phụng Hiệp
N	92	Xã	Thuận Hòa
N	92	Xã	Thạnh An
N	92	Xã	Thạnh Hòa
N	92	Xã	Thạnh Phú
N	92	Xã	Thạnh Quới
N	92	Xã	Thạnh Thới An
N	92	Xã	Thạnh Xuân
N	92	Xã	Thới An Hội
N	92	Xã	Thới Hưng
N	92	Xã	Thới Lai
N	92	Xã	Trung Hưng
N	92	Xã	Trường Khánh
N	92	Xã	Trường Long
N	92	Xã	Trường Long Tây
N	92	Xã	Trường Thành
N	92	Xã	Trường Xuân
N	92	Xã	Trần Đề
N	92	Xã	Tài Văn
N	92	Xã	Tân Bình
N	92	Xã	Tân Hòa
N	92	Xã	Tân Long
N	92	Xã	Tân Lộc
N	92	Xã	Tân Phước Hưng
N	92	Xã	Tân Thạnh
N	92	Xã	Vĩnh Hải
N	92	Xã	Vĩnh Lợi
N	92	Xã	Vĩnh Thuận Đông
N	92	Xã	Vĩnh Thạnh
N	92	Xã	Vĩnh Trinh
N	92	Xã	Vĩnh Tường
N	92	Xã	Vĩnh Viễn
N	92	Xã	Vị Thanh 1
N	92	Xã	Vị Thủy
N	92	Xã	Xà Phiên
N	92	Xã	Đông Hiệp
N	92	Xã	Đông Phước
N	92	Xã	Đông Thuận
N	92	Xã	Đại Hải
N	92	Xã	Đại Ngãi
N	96	Phường	An Xuyên
N	96	Phường	Bạc Liêu
N	96	Phường	Giá Rai
N	96	Phường	Hiệp Thành
N	96	Phường	Hòa Thành
N	96	Phường	Láng Tròn
N	96	Phường	Lý Văn Lâm
N	96	Phường	Tân Thành
N	96	Phường	Vĩnh Trạch
N	96	Xã	An Trạch
N	96	Xã	Biển Bạch
N	96	Xã	Châu Thới
N	96	Xã	Cái Nước
N	96	Xã	Cái Đôi Vàm
N	96	Xã	Gành Hào
N	96	Xã	Hòa Bình
N	96	Xã	Hưng Hội
N	96	Xã	Hưng Mỹ
N	96	Xã	Hồ Thị Kỷ
N	96	Xã	Hồng Dân
N	96	Xã	Khánh An
N	96	Xã	Khánh Bình
N	96	Xã	Khánh Hưng
N	96	Xã	Khánh Lâm
N	96	Xã	Long Điền
N	96	Xã	Lương Thế Trân
N	96	Xã	Nguyễn Phích
N	96	Xã	Nguyễn Việt Khái
N	96	Xã	Ninh Quới
N	96	Xã	Ninh Thạnh Lợi
N	96	Xã	Năm Căn
N	96	Xã	Phan Ngọc Hiển
N	96	Xã	Phong Hiệp
N	96	Xã	Phong Thạnh
N	96	Xã	Phú Mỹ
N	96	Xã	Phú Tân
N	96	Xã	Phước Long
N	96	Xã	Quách Phẩm
N	96	Xã	Sông Đốc
N	96	Xã	Tam Giang
N	96	Xã	Thanh Tùng
N	96	Xã	Thới Bình
N	96	Xã	Trí Phải
N	96	Xã	Trần Phán
N	96	Xã	Trần Văn Thời
N	96	Xã	Tân Hưng
N	96	Xã	Tân Lộc
N	96	Xã	Tân Thuận
N	96	Xã	Tân Tiến
N	96	Xã	Tân Ân
N	96	Xã	Tạ An Khương
N	96	Xã	U Minh
N	96	Xã	Vĩnh Hậu
N	96	Xã	Vĩnh Lộc
N	96	Xã	Vĩnh Lợi
N	96	Xã	Vĩnh Mỹ
N	96	Xã	Vĩnh Phước
N	96	Xã	Vĩnh Thanh
N	96	Xã	Đá Bạc
N	96	Xã	Đông Hải
N	96	Xã	Đất Mũi
N	96	Xã	Đất Mới
N	96	Xã	Đầm Dơi
N	96	Xã	Định Thành
"""#
}
