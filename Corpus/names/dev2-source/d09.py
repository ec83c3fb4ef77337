STYLE = "foreign"
TEXTS = [
"""
はじめまして。わたしは ⟦P|グエン・ヴァン・ナム⟧ です。ベトナムから来ました。くるま かいたいです。でんわ ⟦T|080-3392-4471⟧ です。
""",
"""
Name: ⟦P|NGUYEN Thi Lan⟧（⟦P|グエン ティ ラン⟧）
在留カード番号: ⟦RC|UH48291736AB⟧
Tel: ⟦T|070-1234-8890⟧
I want to buy used car, budget 50万円.
""",
"""
こんにちは。私は⟦P|李 明浩⟧（⟦P|イ・ミョンホ⟧）と申します。韓国出身で、今は鹿児島大学の留学生です。国際免許で運転できますか？妻の⟦P|朴 智恩⟧（⟦P|パク・チウン⟧）も一緒に行きます。
""",
"""
MY NAME IS ⟦P|SANTOS, Maria Clara⟧. I live in 薩摩川内市. Car inspection (shaken) please. My phone ⟦T|090-6631-2057⟧. Thank you.
""",
"""
⟦P|王偉⟧です。中国から来ました。会社の車（リース）の事故、相手の人の名前は ⟦P|田島⟧ さん。保険の人の名前分からない。助けてください。電話 ⟦T|090-1147-6625⟧
""",
"""
パスポート番号 ⟦PP|TR5523817⟧、名前 ⟦P|KUMAR Rajesh⟧（⟦P|ラジェシュ・クマール⟧）、ネパールではなくインドから来ました。免許はインドの国際免許です。
""",
"""
わたし　⟦P|タパ・マガル・ビシャル⟧　です。ネパールじん。はたらいてる　かいしゃ　は　鹿屋の　やさい　こうじょう。しゃちょう　は　⟦P|さこだ⟧　さん。くるま　ほしい。
""",
"""
Hello, I am ⟦P|John SMITH⟧, English teacher at a junior high school in 鹿児島市. My wife ⟦P|Yuko Smith⟧ (⟦P|スミス優子⟧) will contact you about the Leaf test drive. Email: ⟦E|j.smith.kago@example.com⟧
""",
"""
お世話になります。フィリピン出身の ⟦P|REYES, Ana Marie⟧（⟦P|レイエス アナ マリー⟧）です。夫は日本人で ⟦P|宮之原 剛⟧ です。夫の名義でローンを組みたいです。
""",
"""
⟦P|陳 美玲⟧（⟦P|チン・メイリン⟧／⟦P|Chen Meiling⟧）
台湾出身、永住者
住所：⟦A|鹿児島市宇宿3丁目5-9 ハイツ宇宿201⟧
連絡：⟦E|meiling.chen@example.tw⟧
""",
"""
すみません、日本語すこし。わたしの名前は⟦P|アウン・ミン・ゾー⟧です。ミャンマー。技能実習生です。社長の⟦P|吉留⟧さんが車を貸してくれます。保険、わたしも大丈夫ですか？
""",
"""
Olá! Meu nome é ⟦P|Rodrigo PEREIRA da Silva⟧（⟦P|ロドリゴ・ペレイラ⟧）。ブラジルから。⟦RA|日系三世⟧です。車検 お願いします。Tel ⟦T|080-2274-6631⟧
""",
"""
⟦P|金 秀賢⟧（⟦P|キム・スヒョン⟧）です。⟦RA|在日コリアン三世⟧です。通名は⟦P|金田 秀子⟧ですが、契約書は本名でお願いします。
""",
"""
Dear Sir, I am ⟦P|BATBAYAR Ganbold⟧ from Mongolia. I need car for work in 曽於市. My colleague ⟦P|Enkhjargal⟧ will come with me. Residence card: ⟦RC|MN70415528KA⟧
""",
"""
ボク　⟦P|ブディ・サントソ⟧　インドネシア。⟦CD|イスラムです⟧。クルマのなか　おいのりのマット　おきたい。トランク　ひろい　くるま　ありますか。
""",
"""
申込書
氏名（ローマ字）: ⟦P|TRAN VAN HUNG⟧
氏名（カタカナ）: ⟦P|チャン　ヴァン　フン⟧
生年月日: ⟦B|1996年8月14日⟧
国籍: ベトナム
在留カード: ⟦RC|VN12039847HQ⟧
勤務先: 有限会社 濵田板金（社長 ⟦P|濵田⟧ 様）
""",
"""
私は⟦P|シャルマ　プリヤ⟧です。夫の⟦P|シャルマ　アミット⟧は来週インドへ一時帰国します。夫の車の名義を私にかえたいです。何が必要ですか？
""",
"""
こんにちわ 私 ⟦P|張 偉⟧ と 申します 中国 大連 から 来ました 会社 の 同僚 ⟦P|劉⟧ さん から 紹介 されました 中古 の 軽 が ほしい です 予算 30万
""",
"""
Hi, this is ⟦P|Emily Johnson⟧. I bought a Note last year from Mr. ⟦P|Hamada⟧. The car key is broken. Can ⟦P|Hamada⟧-san help? My number is ⟦T|080-4456-1209⟧.
""",
"""
⟦P|Siti Rahmawati⟧ です。インドネシアのバンドン から。夫 ⟦P|Ahmad Fauzi⟧ と 子ども 2人。7人のり の くるま（セレナ？）が ほしい。
""",
]
