"""The ELEVENTH-DEV half: six scripted two-party phone calls, an eleventh set in trades none of
the earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first tenth-dev call, as a format example); see README.md. Frozen as of the commit that
adds it: do not edit the calls or the labels to suit a result. Tune on these if you must; the
test half (eleventh_test_calls.py) is held out: do not read it and do not tune on it.

Trades: craft brewery wholesale orders, yacht and sailboat charter, scaffolding hire, dog
grooming salon, escape room venue, farm machinery dealer. The set's weight is on precision:
lines that hold no personal data but look as if they might. Rare capitalised words that are
no one: beers (Bramblewood, Larkspur, Foghorn, a Kolsch), boats (Kittiwake, Ostara), makers
and brands (Bavaria, Ullman Sails, Haki, Layher, Volvo, Hydra, Master Lock, Claas, Kubota, a
John Deere dealer), businesses two words in a row (the Gilded Otter, Dunmore Cooperage, Hollis
Marine, Leeds City Council, Prairie Hollow), places as directions (Hale Street, Blake Island,
Port Madison, Poulsbo, Galway, Horsforth, Cardigan Lane, Carmichael, Watt Avenue, Kearney,
Grand Island, Omaha), a dish (lutefisk), breeds (Bedlington, Lagotto), pets (Pumpernickel,
Juno) and escape rooms (Kraken Deep, Nightjar Manor), said at the start of a sentence, after
"with", "from" and "on", next to a verb and in a thank-you ("Thanks, Kittiwake gave us...",
"Thanks to Kraken Deep..."). Non-personal things spelled letter by letter: two discount codes
(HOLLY, which is also a first name, and BRAINY), a street for directions (D-O-R-R-A-N-C-E), a
permit's and a quote's letters. 6-11 numbers per call must survive redaction: trade account,
mandate reference, delivery note, booking, MMSI, quote, permit, microchip, serial, part,
application, invoice and freight tracking numbers, the yard's own line (`<phone_business:...>`),
amounts, times, dates and quantities; several are 9, 10, 12, 15 or 16 digits read in groups
like a phone, an SSN or a card, some right after a sensitive answer (a bank account, a card's
security code, a landline, an SSN). Cue-like words are not cues ("card stock", "a security
deposit on the hire", "account manager", "social media", "date night", "birthday cake", "name
tag", "pin badge"). Personal data said as people say it: names from many cultures (Irish,
Spanish, Hawaiian, Dutch, Maori, Punjabi, Igbo, Polish, Welsh, Persian, Akan, Pakistani, Zulu,
Senegalese, Indian), four spelled letter by letter, some owning action items; nine phones (a
UK mobile, a 7-digit house number, a daughter's, a builder's), e-mails with digits (one read
back), addresses with a unit, a UK postcode and a rural route, two dates of birth, two cards
with expiry and security code (one an Amex with a four-digit code), an SSN, a routing and an
account number, a co-op member number. Each call has 4-5 action items with a named owner (the
agent, the customer, or a third person named in the call) and a due day said in varied ways
("this afternoon", "by Friday", "Tuesday morning", "first thing Monday", "within the hour",
"within forty-eight hours", "before Christmas", "on the twenty-seventh"), a few with none;
past actions ("I already sent..."), hypotheticals ("if you wanted to, you could...") and
policies ("we usually post...") that look like action items are not action items.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Saturday 5 December 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="11d01-brewery-wholesale",
        trade="craft brewery wholesale orders",
        company="Harrow Lane Brewing Co.",
        agent="Dermot Haverty",
        customer="Amaranta Villalobos",
        agent_voice="hibari:102",
        customer_voice="espeak:en-us+f3:145:60",
        noise_db=17.0,
        reason="A bar manager places the Christmas keg order and moves the bar's trade account from card to direct debit.",
        outcome="Twelve kegs of Bramblewood, six of Foghorn IPA and four cases of Larkspur cans ordered with the HOLLY26 discount; direct debit set up pending the owner's signed mandate; Tuesday delivery before seven with fourteen empties collected.",
        actions=[
            Action(
                "email the order confirmation and invoice to the bar manager",
                "Dermot Haverty",
                "2026-12-05",
                "this afternoon",
                ("confirmation", "invoice"),
            ),
            Action(
                "sign and return the direct debit mandate",
                "Bronagh",
                "2026-12-11",
                "by Friday",
                ("mandate", "direct debit", "sign"),
            ),
            Action(
                "deliver the order at half six and collect the empty kegs",
                "Yusuf",
                "2026-12-08",
                "Tuesday morning",
                ("deliver", "delivery", "empties", "kegs"),
            ),
            Action(
                "text a photo of the cracked Foghorn tap handle",
                "Amaranta Villalobos",
                None,
                None,
                ("photo", "tap handle"),
            ),
        ],
        script="""
A: Harrow Lane Brewing, [person_name:Dermot] speaking.
C: Morning, it's [person_name:Amaranta] at the Gilded Otter. {neu}
A: Hi! Which surname is the account under?
C: [person_name:Villalobos]. [person_name:V I double L A L O B O S]. {neu}
A: Got it, trade account <account:seven seven oh four one>. What are we ordering?
C: Christmas stock. Bramblewood sold out in two days, so twelve kegs, six of Foghorn and four cases of Larkspur. {pos}
A: Larkspur comes in twenty-fours, so <quantity:ninety-six> cans. That's <amount:two thousand four hundred and eighteen dollars>.
C: Ouch. Lovely. Just what December needed. {neg}
A: The code <discount:H-O-L-L-Y twenty-six> takes ten percent off. If you wanted to, you could add a keg of the Kolsch.
C: No Kolsch, the cellar's rammed. Oh, and [person_name:Bronagh] wants us on direct debit now. {neu}
A: Sure. Routing number first?
C: [routing_number:One two one, oh four two, eight eight two]. {neu}
A: And the account?
C: [bank_account:Four four oh, seven one nine, three six two five]. {neu}
A: The mandate reference is <reference:nine nine two, three oh one, five five four seven>. Could the owner sign it by Friday?
C: <reference:Nine nine two, three oh one>, got it. I'll make sure she signs it. {neu}
A: Delivery's Tuesday morning, between <time:seven> and <time:nine>.
C: Before seven, please. The van from Dunmore Cooperage blocks Hale Street after that. {neu}
A: I'll tell [person_name:Yusuf] in dispatch to come at half six. Your number for him?
C: My cell, [phone:five oh three, two six seven, eight eight one four]. {neu}
A: Any empties for him?
C: <quantity:Fourteen>, by the cellar hatch. {neu}
A: He'll take them back. Your delivery note is <order:three one eight, eight four one, two oh six, seven seven three>.
C: Twelve digits, fab. Invoice to me, please, at [email:amaranta v eighty-eight at gmail dot com]. {neu}
A: [email:Amaranta V eighty-eight at gmail dot com]. I'll send the confirmation and invoice this afternoon. The new beer mats are on thicker card stock, too.
C: Nice. Oh, one of the Foghorn tap handles has cracked. {neu}
A: Could you text me a photo? I already sent the credit note for the flat keg.
C: I'll send it when I'm back behind the bar. {neu}
A: Your account manager's back on the fourteenth, by the way.
C: Thanks, [person_name:Dermot], Bramblewood has been great for us. {pos}
A: Glad to hear it. Bye now.
""",
    ),
    CallScript(
        id="11d02-yacht-charter",
        trade="yacht and sailboat charter",
        company="Shilshole Sound Charters",
        agent="Leilani Kahananui",
        customer="Bart Achterberg",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:104",
        noise_db=16.0,
        reason="A returning customer books a three-night bareboat charter over the holidays and names a co-skipper.",
        outcome="Ostara, a Bavaria 46, booked for 27-29 December; the security deposit taken by card; the float plan and the co-skipper's signature still to come; the bilge pump being replaced on Monday.",
        actions=[
            Action(
                "email the charter contract to the customer",
                "Leilani Kahananui",
                "2026-12-05",
                "tonight",
                ("contract",),
            ),
            Action(
                "email the float plan",
                "Bart Achterberg",
                "2026-12-09",
                "by Wednesday",
                ("float plan",),
            ),
            Action(
                "send a photo of the new bilge pump",
                "Rangi",
                "2026-12-07",
                "Monday afternoon",
                ("photo", "bilge pump", "pump"),
            ),
            Action(
                "sign the charter agreement as co-skipper",
                "Tadhg",
                "2026-12-24",
                "before Christmas",
                ("sign", "agreement"),
            ),
            Action(
                "do the boat walkthrough at pick-up",
                "Fenella",
                "2026-12-27",
                "on the twenty-seventh",
                ("walkthrough",),
            ),
        ],
        script="""
A: Shilshole Sound Charters, [person_name:Leilani] speaking.
C: Hi, it's [person_name:Bart Achterberg]. I had the Kittiwake in August. {neu}
A: Hi! How was she?
C: Thanks, Kittiwake gave us the best week of the summer. {pos}
A: Lovely. After her again?
C: From the <date:twenty-seventh> to the <date:twenty-ninth>, if she's free. {neu}
A: Kittiwake's booked, but Ostara is free, a Bavaria forty-six. Ullman Sails recut her genoa.
C: Bigger than we need, but fine. Price? {neu}
A: <amount:Two thousand one hundred and sixty dollars>, plus a security deposit on the hire of <amount:fifteen hundred>.
C: Okay. My co-skipper is [person_name:Tadhg], that's [person_name:T A D H G]. {neu}
A: Thanks. And your date of birth, for the insurer?
C: [date_of_birth:The fourteenth of February, nineteen seventy-nine]. {neu}
A: And the card for the deposit?
C: [card_number:Five one four four, two oh eight six, seven three three nine, oh one five two]. {neu}
A: Expiry?
C: [card_expiry:Oh six, twenty-nine]. {neu}
A: And the code on the back?
C: [card_security_code:Four one eight]. {neu}
A: Done. Booking reference <booking:seven oh nine, two five three, six six one eight>.
C: <booking:Seven oh nine, two five three, six six one eight>. {neu}
A: Pick-up's at <time:ten> on the twenty-seventh. [person_name:Fenella], our dockmaster, will do the walkthrough.
C: Fine. Can we fuel at Hollis Marine on the way back? {neu}
A: Sure. Her MMSI is <mmsi:three six eight, one two four, five five nine>, for the log.
C: <mmsi:Three six eight, one two four, five five nine>. Got it. {neu}
A: Where are you heading?
C: Blake Island, Port Madison, then Poulsbo for the lutefisk dinner. {pos}
A: Brave! Could you email us the float plan by Wednesday?
C: Sure, no problem. {neu}
A: Your email for the contract?
C: [email:bart achterberg seventy-one at outlook dot com]. {neu}
A: I'll send it tonight. Cell?
C: [phone:Two oh six, five five oh, double three one nine]. {neu}
A: Heads up, [person_name:Rangi] is replacing Ostara's bilge pump on Monday.
C: Hm. I'd rather not find out at sea whether it works. {neg}
A: Fair. I'll have him send you a photo Monday afternoon.
C: Thanks, that helps. [person_name:Tadhg]'s in Galway, but he'll sign the agreement before Christmas. {neu}
A: Great. I already sent your August deposit back, by the way.
C: Yes, it came through. Thanks, [person_name:Leilani]. {pos}
A: Fair winds!
""",
    ),
    CallScript(
        id="11d03-scaffolding-hire",
        trade="scaffolding hire",
        company="Brackenridge Access",
        agent="Gurpreet Sandhu",
        customer="Philippa Nkemelu",
        agent_voice="espeak:en-us+klatt:150:40",
        customer_voice="hibari:106:-150",
        noise_db=18.0,
        reason="A homeowner confirms an eight-week scaffold for a loft conversion that overhangs the pavement.",
        outcome="Scaffold with a stair tower and netting confirmed for Thursday the tenth; the firm applies for the pavement licence; half the price paid up front by bank transfer; a revised quote to follow by email.",
        actions=[
            Action(
                "put in the pavement licence application",
                "Gurpreet Sandhu",
                "2026-12-07",
                "first thing Monday",
                ("licence", "application"),
            ),
            Action(
                "ring the customer the day before the scaffold goes up",
                "Tariq",
                "2026-12-09",
                "the day before",
                ("ring", "call"),
            ),
            Action(
                "pay half the hire up front by bank transfer",
                "Philippa Nkemelu",
                "2026-12-05",
                "tonight",
                ("transfer", "pay", "half"),
            ),
            Action(
                "email the revised quote with netting",
                "Gurpreet Sandhu",
                "2026-12-05",
                "within the hour",
                ("quote", "email"),
            ),
        ],
        script="""
A: Brackenridge Access, [person_name:Gurpreet] speaking.
C: Hiya, it's [person_name:Philippa Nkemelu]. I had a quote for a loft scaffold. {neu}
A: Morning! Quote number?
C: <quote:Q three one seven, four four nine, oh two six>. {neu}
A: Found it. Eight weeks, with a Haki stair tower.
C: That's it. [person_name:Wojciech], our builder, needs it up by <date:the tenth>. {neu}
A: Our crew are up in Horsforth till Wednesday, so Thursday the tenth works.
C: Great. The side bit goes over the pavement, doesn't it? {neu}
A: Yes, so we need a licence from Leeds City Council. I'll apply first thing Monday.
C: Oh, thank goodness. Last time it took me a month. {pos}
A: Site address?
C: [address:Forty-one Ashville Grove, Headingley], [zip:L S six, two Q F]. {neu}
A: Access from the back?
C: Off Cardigan Lane. The wagon fits if [person_name:Hilary] next door moves her Volvo. {neu}
A: [person_name:Tariq], our foreman, will ring you the day before. Best number?
C: My mobile, [phone:oh seven seven one two, nine oh four, three eight six]. {neu}
A: And [person_name:Wojciech]'s?
C: [phone:Oh seven nine five six, double two one, four oh seven]. He's [person_name:W-O-J-C-I-E-C-H], people always ask. {neu}
A: Ha. The price is <amount:one thousand eight hundred and forty pounds>, half up front by bank transfer.
C: I'll send it from our joint account tonight. {neu}
A: The licence number will be <permit:P L slash two six slash oh four four one seven>. It hangs on the scaffold.
C: <permit:P L, two six, oh four four one seven>. Like a name tag for scaffolding. {pos}
A: Exactly. If the tag's out of date, ring the yard on <phone_business:oh one one three, four nine six, two two oh eight>.
C: Will the Layher boards scratch the new render? {neu}
A: We put ply down. If you wanted to, you could add netting for <amount:sixty pounds>.
C: Yes please, the kids' trampoline is right there. {neu}
A: I'll email the revised quote. Where to?
C: [email:p nkemelu eighty-three at gmail dot com]. {neu}
A: Thanks, you'll have it within the hour.
C: Brilliant, thanks [person_name:Gurpreet], that's a weight off. {pos}
A: I already sent the risk assessment to your builder, too.
C: Good. Bye! {pos}
""",
    ),
    CallScript(
        id="11d04-dog-grooming",
        trade="dog grooming salon",
        company="Scruff and Sparkle Grooming",
        agent="Carys Pritchard",
        customer="Hamid Rezaei",
        agent_voice="hibari:108",
        customer_voice="festival:cmu_us_slt_arctic_hts:-120",
        noise_db=15.0,
        reason="A customer's Bedlington terrier came home from a groom with clipper rash; he also books the grooming van for his second dog at a new address.",
        outcome="The groom refunded and the next one free; a Festive Pamper groom booked for the sixteenth; the van booked for the twenty-second at the new address; the microchip verified; a new number for the daughter.",
        actions=[
            Action(
                "talk to the groomer about the clipper rash",
                "Carys Pritchard",
                "2026-12-05",
                "today",
                ("talk", "rash"),
            ),
            Action(
                "email the Festive Pamper prices and the refund receipt",
                "Carys Pritchard",
                "2026-12-08",
                "by end of day Tuesday",
                ("prices", "receipt", "email"),
            ),
            Action(
                "drop the dog off for the Festive Pamper groom",
                "Shirin",
                "2026-12-16",
                "Wednesday the sixteenth",
                ("drop",),
            ),
            Action(
                "bring the grooming van for the Lagotto",
                "Kalani",
                "2026-12-22",
                "on the twenty-second",
                ("van",),
            ),
            Action(
                "send a photo of the rash",
                "Hamid Rezaei",
                "2026-12-07",
                "Monday evening",
                ("photo", "rash"),
            ),
        ],
        script="""
A: Scruff and Sparkle, this is [person_name:Carys].
C: Hi, [person_name:Hamid Rezaei] here, Pumpernickel's dad. {neu}
A: Oh, the Bedlington! How is he?
C: Itchy. After Tuesday's groom he's got clipper rash behind both ears. {neg}
A: I'm so sorry. Who did him?
C: [person_name:Kwabena]. Lovely guy, but the rash isn't. {neg}
A: I'll talk to him today. We'll refund the <amount:seventy-eight dollars>, and his next groom is free.
C: Oh, that's kind. He did smell great, top marks for the Hydra shampoo. {pos}
A: Ha. [person_name:Kalani] has a Festive Pamper slot, <amount:sixty-five dollars>, on <date:Wednesday the sixteenth> at <time:nine fifteen>.
C: That works. My daughter [person_name:Shirin] will drop him off on her way in. {neu}
A: Is she still on file as a contact?
C: Her number changed. It's [phone:nine one six, four oh two, seven seven three one]. {neu}
A: Thanks. And yours is still the landline?
C: Yes, [phone:nine one six, eight eight five, oh two six nine]. {neu}
A: His microchip shows as unverified. Can you read it to me?
C: Hang on. <microchip:Nine eight five, one one two, oh oh four, three seven six, two one eight>. {neu}
A: That matches now. And did you still want the grooming van for Juno?
C: Yes. Juno's our Lagotto, she hates the car. {neu}
A: She can bring the van on <date:the twenty-second>. Still the Carmichael address?
C: No, we moved. [address:Twenty-two oh eight Alhambra Court, apartment three C], [zip:nine five eight two one]. {neu}
A: Got it. Anything the driver should know?
C: Park on Watt Avenue, the gate by the pool is broken. {neu}
A: Noted. I'll email you the Festive Pamper prices and the refund receipt by end of day Tuesday. What's your email?
C: [email:h rezaei seventy-four at icloud dot com]. {neu}
A: Thanks. We usually post the Christmas photos on social media. Is Pumpernickel okay in them?
C: Ha, he's a diva, he'd love it. And tell [person_name:Kwabena] no hard feelings. {pos}
A: I will. Could you send us a photo of the rash, so we can see it healing?
C: Sure, I'll send one Monday evening. {neu}
A: Thanks. Give him a scratch from us.
C: Not behind the ears! Bye, [person_name:Carys]. {pos}
""",
    ),
    CallScript(
        id="11d05-escape-room",
        trade="escape room venue",
        company="Lockwood Puzzle House",
        agent="Beckett Lund",
        customer="Mariam Qureshi",
        agent_voice="espeak:en-us:160:50",
        customer_voice="hibari:111",
        noise_db=19.0,
        reason="A customer books two escape rooms and the party room for her sister's thirtieth birthday for nine people.",
        outcome="Kraken Deep and Nightjar Manor booked for Saturday the nineteenth at seven thirty with the party room after; a one-hundred-dollar deposit taken on an Amex; name tags to be printed; the strobe notes to follow; the BRAINY10 code applied.",
        actions=[
            Action(
                "email the booking confirmation",
                "Beckett Lund",
                "2026-12-05",
                "in a few minutes",
                ("confirmation",),
            ),
            Action(
                "email the Nightjar Manor room notes about the strobe",
                "Thandiwe",
                "2026-12-07",
                "first thing Monday",
                ("room notes", "strobe"),
            ),
            Action(
                "print the name tags",
                "Thandiwe",
                None,
                None,
                ("name tag",),
            ),
            Action(
                "confirm the final numbers",
                "Mariam Qureshi",
                "2026-12-16",
                "by Wednesday the sixteenth",
                ("numbers",),
            ),
        ],
        script="""
A: Lockwood Puzzle House, [person_name:Beckett] speaking.
C: Hi, I'd like to book a birthday for my sister. Nine of us. {pos}
A: Lovely! Can I take your name?
C: [person_name:Mariam Qureshi]. {neu}
A: Thanks. Which date?
C: <date:Saturday the nineteenth>, in the evening. {neu}
A: Nine needs two rooms. Kraken Deep takes five and Nightjar Manor four, both at <time:seven thirty>.
C: We did Kraken Deep on date night. Thanks to Kraken Deep my husband still sulks about the compass. {pos}
A: Ha! Newcomers in Nightjar, then.
C: Although last time a padlock jammed and we lost ten minutes. {neg}
A: Sorry. We've replaced every Master Lock since.
C: Good. Can we bring a birthday cake? {neu}
A: Yes, the party room is yours from <time:nine> till <time:ten thirty>. It's <amount:thirty-four dollars> a head.
C: Lovely. [person_name:Noor] is turning thirty, she'll need cake. {pos}
A: Would you like name tags? Our game master prints them.
C: Please. The tricky one is [person_name:Z O F I A], with an F. {neu}
A: With an F, got it. A deposit of <amount:one hundred dollars> holds both rooms.
C: [card_number:Three seven one four, four nine six two oh one, eight three one oh five]. {neu}
A: Expiry?
C: [card_expiry:Eleven, twenty-seven]. {neu}
A: And the four-digit code on the front?
C: [card_security_code:Six oh two two]. {neu}
A: Your booking number is <booking:four four one, eight nine, two seven seven oh>.
C: <booking:Four four one, eight nine, two seven seven oh>. {neu}
A: I'll email the confirmation in a few minutes. Your email?
C: [email:mariam q two thousand at hotmail dot com]. {neu}
A: And a phone for the night?
C: [phone:Four one two, three eight three, oh five nine one]. {neu}
A: Winners get a pin badge, and we post the photo on social media.
C: Fine, but not [person_name:Faisal]'s face, he's camera-shy. {neu}
A: Noted. Nightjar Manor has a strobe, is anyone sensitive?
C: [person_name:Dalia] gets migraines. Could you send me what the strobe does? {neu}
A: I'll have [person_name:Thandiwe] email you the room notes first thing Monday.
C: Thanks. Does the code <discount:B-R-A-I-N-Y ten> still work? {neu}
A: Yes, <discount:B-R-A-I-N-Y ten> takes <amount:thirty dollars> off. Could you confirm final numbers by Wednesday the sixteenth?
C: Will do. I already told everyone to keep the date free. {neu}
A: Great. Parking's free after six on Dorrance Street, that's D-O-R-R-A-N-C-E.
C: Thanks so much, [person_name:Beckett]. {pos}
""",
    ),
    CallScript(
        id="11d06-farm-machinery",
        trade="farm machinery dealer",
        company="Prairie Hollow Equipment",
        agent="Rhett Vandenberg",
        customer="Zeke Borkowski",
        agent_voice="hibari:113:-200",
        customer_voice="festival:kal_diphone:-100",
        noise_db=16.0,
        reason="A farmer needs a feeder house chain and sprocket for his combine and finishes a finance application for a used tractor.",
        outcome="Chain and sprocket to ship Monday; the finance application completed by phone with a decision due within forty-eight hours; the farm's bookkeeper to send the Schedule F and bank statements.",
        actions=[
            Action(
                "ship the feeder house chain and sprocket",
                "Priyanka",
                "2026-12-07",
                "Monday",
                ("chain", "sprocket", "ship"),
            ),
            Action(
                "call the customer with the finance decision",
                "Amadou",
                "2026-12-07",
                "within forty-eight hours",
                ("decision",),
            ),
            Action(
                "email last year's Schedule F and two bank statements",
                "Dorota",
                "2026-12-07",
                "Monday",
                ("schedule f", "statements"),
            ),
            Action(
                "text the invoice and freight tracking numbers",
                "Rhett Vandenberg",
                None,
                None,
                ("tracking", "text"),
            ),
        ],
        script="""
A: Prairie Hollow Equipment, [person_name:Rhett] speaking.
C: Hi, it's [person_name:Zeke Borkowski], out past Kearney. {neu}
A: Hey! What broke?
C: The Lexion. Feeder house chain snapped on the last of the soybeans. Wonderful timing. {neg}
A: Ouch. Serial number?
C: <serial:C five nine oh, oh two one, four eight seven, three six two>. {neu}
A: Chain is part <part:seven one four, two two six, oh nine>, and you'll want sprocket <part:seven one four, two two six, one three>.
C: How bad are we talking? {neu}
A: <amount:Nine hundred and one dollars> for both. [person_name:Priyanka] in our warehouse can ship them Monday.
C: Monday's fine. The Claas people in Omaha wanted a week. {pos}
A: Even the John Deere dealer in Grand Island is out. Now, the Kubota?
C: The M7, yeah. Your finance guy said you'd finish the application. {neu}
A: Sure. Full legal name?
C: [person_name:Ezekiel Jan Borkowski]. {neu}
A: Date of birth?
C: [date_of_birth:July ninth, nineteen sixty-eight]. {neu}
A: And your social?
C: [ssn:Five two one, oh seven, four four eight three]. {neu}
A: Thanks. Your application number is <application:two two six, oh eight, nine one five five>.
C: <application:Two two six, oh eight, nine one five five>. {neu}
A: Home address?
C: [address:Rural Route two, box one eighty-seven, Gibbon], [zip:six eight eight four oh]. {neu}
A: And a phone?
C: Cell's [phone:three oh eight, two three six, one nine nine oh]. Or the house, [phone:four six eight, double oh one five]. {neu}
A: How much down?
C: Twenty percent, from the co-op. Member number [member_id:G R four oh seven seven two]. {neu}
A: [person_name:Amadou] will call you within forty-eight hours with a decision.
C: That quick? Last time the bank took three weeks. {pos}
A: New lender. Could you email me last year's Schedule F and two bank statements?
C: [person_name:Dorota] does the books. She'll send them Monday. {neu}
A: Her email, to be safe?
C: [email:dorota b sixty-one at gmail dot com]. {neu}
A: The parts invoice is <invoice:nine oh two, five five eight, three one four six>, and the freight tracking is <tracking:eight eight one two, four oh seven three, five five two nine, oh six one four>. I'll text you both.
C: Thanks, [person_name:Rhett]. Prairie Hollow has been good to us. {pos}
A: If the sprocket's not worn you could skip it, but I'd fit both.
C: Both, then. Bye now. {neu}
""",
    ),
]
