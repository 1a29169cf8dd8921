"""The ELEVENTH-TEST half: six scripted two-party phone calls, an eleventh set in trades none of
the earlier sets covered. Written blind from a brief on 2026-12-05 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first tenth-dev call, as a format example); see README.md. Frozen as of the commit that
adds it: do not edit the calls or the labels to suit a result. HELD OUT: do not read these
calls and do not tune on them; tune on eleventh_dev_calls.py.

Trades: bridal shop, fishing tackle mail order, pet cremation service, recording studio,
hot-air balloon flights, bookbinding and book restoration. The set's weight is on precision:
lines that hold no personal data but look as if they might. Rare capitalised words that are
no one: a gown and its maker (the Calliope, Maison Verreau, Pronovias, Chantilly lace), tackle
(Shimano Stradic, Woolly Buggers, Orvis, Clearwater, Battenkill, a Visa), a retired
greyhound's racing name (Ballymac Rufus) and places (Shelbourne Park, Ranelagh, Rathgar,
Barcelona, the Deschutes, Pyongyang, New Jersey), keepsakes and insurers (the Willow urn,
Caithness, Petwise), a band and studio gear (Vesper Moth, Neve, Neumann), balloon makers that
are surnames (Cameron, Lindstrand), a wine (Schramsberg), launch sites and roads (Sumner
Meadow, Silverado Trail), binding materials (Harmatan, Cockerell, Mylar), said at the start of
a sentence, after "with" and "from", next to a verb ("Cameron makes...") and in a thank-you
("Copperline has always been good to us"). Non-personal things spelled: a leather maker
(H-A-R-M-A-T-A-N), the letters of a ticket, order, return, product, job and booking number.
8-10 numbers per call must survive redaction: tracking, order, alteration ticket, return,
product, cremation reference, invoice, booking, voucher, job and ISBN numbers, a year, the
launch line (`<phone_business:...>`), amounts, times, dates and quantities; several are 9, 10,
12, 13 or 16 digits read in groups like a phone, an SSN or a card, some right after a
sensitive answer (a card's security code, an IBAN read back, an SSN, a card expiry). A
wedding date that is not a birth date. Cue-like words are not cues ("name tag", "phone case",
"card stock", "the address is on our website", "social media", "date night", "birthday
cake"). Personal data said as people say it: names from many cultures (French, Italian, Zulu,
Irish, Basque, Danish, Norwegian, Latin American, Hawaiian-Japanese, Igbo, Indian, Russian,
Portuguese, Welsh, Korean), four spelled letter by letter, some owning action items; eight
phones (a mother's, a husband's, a daughter's, a drummer's, two Irish mobiles), e-mails with
digits, addresses with units, an Irish Eircode, ZIPs, three dates of birth, two cards with
expiry and security code, an SSN, a routing and an account number, an Irish IBAN (read back in
part), a loyalty number and two insurance policy numbers. Each call has 3-5 action items with
a named owner and a due day said in varied ways ("tonight", "Thursday the tenth", "before
Christmas", "first thing Monday", "this afternoon", "by Friday the eleventh", "it goes out
Tuesday", "the day before"), a few with none, one conditional ("if it isn't here by
Wednesday..."); past actions, hypotheticals and policies that look like action items are not.

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
        id="11t01-bridal-shop",
        trade="bridal shop",
        company="Ivory and Thistle Bridal",
        agent="Oceane Marchetti",
        customer="Precious Mahlangu",
        agent_voice="hibari:116",
        customer_voice="espeak:en-us+f3:135:70",
        noise_db=17.0,
        reason="A bride chases a wedding gown that is three weeks late and books her alterations.",
        outcome="The gown is in transit from Barcelona, due Tuesday; the first fitting booked for Thursday the tenth; half the alterations paid by card; delivery after the last fitting to her home address.",
        actions=[
            Action(
                "email the fitting confirmation",
                "Oceane Marchetti",
                "2026-12-05",
                "tonight",
                ("fitting confirmation", "confirmation"),
            ),
            Action(
                "do the first fitting",
                "Renata",
                "2026-12-10",
                "Thursday the tenth",
                ("fitting",),
            ),
            Action(
                "drop the bridesmaid dress in for hemming",
                "Aoife",
                "2026-12-24",
                "before Christmas",
                ("drop", "dress", "hem"),
            ),
            Action(
                "call the designer if the gown has not arrived",
                "Oceane Marchetti",
                "2026-12-10",
                "Thursday morning",
                ("call", "Maison Verreau"),
            ),
        ],
        script="""
A: Ivory and Thistle Bridal, this is [person_name:Oceane].
C: Hi, it's [person_name:Precious Mahlangu], about my gown. {neu}
A: Hi! The Calliope, right?
C: Yes. Calliope was supposed to be here in November. {neg}
A: I know, I'm sorry. Maison Verreau shipped it from Barcelona on Tuesday.
C: Tuesday. Great. Only three weeks late. {neg}
A: Fair. The tracking number is <tracking:one two nine nine, four oh six seven, three eight eight one>.
C: <tracking:One two nine nine, four oh six seven>, and? {neu}
A: <tracking:Three eight eight one>. It should land Tuesday.
C: And it's the ivory with the Chantilly lace, not the blush? {neu}
A: Ivory, I checked order <order:six five one, four oh two, double seven eight>.
C: Thank you. My mum [person_name:Nomvula] was sure it'd come in blush. {pos}
A: Ha. [person_name:Renata] can do your first fitting on <date:Thursday the tenth> at <time:six fifteen>.
C: Perfect. The wedding's <date:January ninth>, so there's time? {neu}
A: Plenty. Alterations are <amount:three hundred and forty dollars>, half up front. Card number when you're ready?
C: [card_number:Four five three two, oh one eight eight, two six seven four, nine nine one three]. {neu}
A: Expiry?
C: [card_expiry:Oh two, thirty]. {neu}
A: And the CVV?
C: [card_security_code:Three eight one]. {neu}
A: Done. Your alteration ticket is <ticket:A L T seven seven oh two>.
C: Got it. Can the bustle be French, like on the Pronovias sample? {neu}
A: Yes, she prefers a French bustle anyway.
C: My maid of honour wants to come too. [person_name:Aoife], that's [person_name:A O I F E]. {neu}
A: Of course. Is hers the sage dress we're hemming?
C: Yes. She'll drop it in before Christmas. {neu}
A: Great. Shall we deliver your gown after the last fitting?
C: Please. [address:Eighteen forty Magnolia Terrace, unit two oh four, Decatur], [zip:three oh oh three oh]. {neu}
A: And a number for delivery day?
C: Mine, [phone:four oh four, five five two, one eight six seven], or my mum's, [phone:six seven eight, two oh nine, four four three oh]. {neu}
A: I'll email the fitting confirmation tonight. Same address as the order?
C: No, use [email:precious m ninety-three at gmail dot com]. {neu}
A: Thanks. The gown comes in a garment bag, with a name tag on the hanger.
C: Ha, so nobody walks off with it? {pos}
A: Exactly. If it isn't here by Wednesday, I'll call Maison Verreau myself Thursday morning.
C: Thank you, [person_name:Oceane]. Honestly, that's a relief. {pos}
""",
    ),
    CallScript(
        id="11t02-fishing-tackle",
        trade="fishing tackle mail order",
        company="Riffle and Reel Outfitters",
        agent="Marisol Etxeberria",
        customer="Torben Halvorsen",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="hibari:118",
        noise_db=16.0,
        reason="A customer received the wrong reel and no flies, and orders a Christmas fly-rod kit for his grandson with his loyalty points.",
        outcome="The right reel and flies ship Monday with a prepaid return for the wrong one; a rod kit and a phone case ordered on his Visa and shipped to the grandson, less twenty-two dollars of points.",
        actions=[
            Action(
                "ship the right reel and the flies",
                "Dmitri",
                "2026-12-07",
                "first thing Monday",
                ("reel", "flies", "ship"),
            ),
            Action(
                "post the wrong reel back",
                "Torben Halvorsen",
                "2026-12-07",
                "Monday",
                ("post office", "back", "return"),
            ),
            Action(
                "put a note on the grandson's parcel",
                "Marisol Etxeberria",
                None,
                None,
                ("note", "parcel"),
            ),
        ],
        script="""
A: Riffle and Reel, this is [person_name:Marisol].
C: Hello. [person_name:Torben Halvorsen]. I've got a problem with an order. {neg}
A: Sorry! Order number?
C: <order:R R four one seven, seven oh two, nine eight six six>. {neu}
A: A Shimano Stradic three thousand and a dozen Woolly Buggers?
C: That's what I ordered. I got a twenty-five hundred and no flies, in a very nice box. {neg}
A: That's on us. [person_name:Dmitri] in our warehouse will ship the right reel and the flies first thing Monday.
C: Good. I'm on the Deschutes on the nineteenth. {neu}
A: You'll have it by Wednesday. Could you send the wrong one back? The label's prepaid.
C: I'll take it to the post office on Monday. {neu}
A: Thanks. The return number is <rma:R M A nine oh one, four four two>.
C: <rma:Nine oh one, four four two>. {neu}
A: And your member number, for the points?
C: [member_id:Seven seven two, oh four nine, one three]. {neu}
A: You've got <quantity:eleven hundred> points, that's <amount:twenty-two dollars> off. You could use it today, if you wanted to.
C: Actually, yes. I want a rod for my grandson [person_name:Mateo] for Christmas. {pos}
A: Orvis makes a Clearwater kit with a Battenkill reel, perfect for him.
C: The kit, then, and one of those waterproof phone cases. Ship it straight to him? {neu}
A: Sure. Address?
C: [address:Three twelve Northeast Alberta Street, apartment eight, Portland], [zip:nine seven two one one]. {neu}
A: Whose name on the parcel?
C: [person_name:Mateo Cruz]. The phone is his mum's, my daughter [person_name:Solveig], [phone:five oh three, seven seven one, oh four two eight]. {neu}
A: Thanks. The kit and case are <amount:two hundred and sixty-eight dollars>, less the twenty-two.
C: Put it on my Visa. [card_number:Four one one one, seven two nine three, oh eight eight five, two six four oh]. {neu}
A: Expiry and security code?
C: [card_expiry:Nine twenty-eight], and [card_security_code:five five seven]. {neu}
A: Done. Your new order is <order:R R four two oh, three one eight, six six nine one>.
C: <order:Four two oh, three one eight, six six nine one>. {neu}
A: And an email for the receipts?
C: [email:t halvorsen fifty-two at comcast dot net]. That's [person_name:H A L V O R S E N]. {neu}
A: Anything else?
C: Don't send the Woolly Buggers to my grandson by mistake. {neu}
A: Ha, I'll put a note on his parcel. Thanks for your patience, [person_name:Torben].
C: Well, you fixed it fast, I'll give you that. {pos}
""",
    ),
    CallScript(
        id="11t03-pet-cremation",
        trade="pet cremation service",
        company="Willowbrook Pet Crematorium",
        agent="Caoimhe Brennan",
        customer="Grainne Mulrooney",
        agent_voice="hibari:121",
        customer_voice="espeak:en-us+klatt:128:35",
        noise_db=18.0,
        reason="A customer whose retired greyhound died this morning arranges an individual cremation and collection from home.",
        outcome="An individual cremation with the Willow urn and a Caithness paw-print keepsake; collection from home at half two today; the invoice sent to the insurer and the vet's deposit refunded to her IBAN once it pays; ashes back by Friday the eleventh.",
        actions=[
            Action(
                "collect the dog from the customer's home",
                "Senan",
                "2026-12-05",
                "this afternoon",
                ("collect",),
            ),
            Action(
                "send the invoice to the pet insurer",
                "Caoimhe Brennan",
                None,
                None,
                ("invoice", "Petwise"),
            ),
            Action(
                "ring the customer when the ashes are ready",
                "Caoimhe Brennan",
                "2026-12-11",
                "by Friday the eleventh",
                ("ring", "ashes", "ready"),
            ),
            Action(
                "refund the difference once the insurer pays",
                "Caoimhe Brennan",
                None,
                None,
                ("refund", "difference"),
            ),
            Action(
                "email a photo for the memorial card",
                "Grainne Mulrooney",
                "2026-12-05",
                "tonight",
                ("photo", "memorial card"),
            ),
        ],
        script="""
A: Willowbrook Pet Crematorium, [person_name:Caoimhe] speaking.
C: Hello. It's [person_name:Grainne Mulrooney]. Our vet said to ring you. Rufus died this morning. {neg}
A: I'm so sorry. Take your time.
C: Thanks. Ranelagh Veterinary said you'd collect him? {neu}
A: We can. Was he a big dog?
C: A greyhound. He raced as Ballymac Rufus at Shelbourne Park, years ago. {pos}
A: Oh, a racer. An individual cremation, so his ashes come back to you?
C: Yes, individual. {neu}
A: That's <amount:two hundred and ninety euro>, with the Willow urn. The Caithness paw-print keepsake, code <product:C P K four one two>, is <amount:sixty-five> extra.
C: Caithness, yes, we'll have that too. {neu}
A: Where should [person_name:Senan] collect him from?
C: Home. [address:Fourteen Kenilworth Square, Rathgar], [zip:D six W, X two K nine]. {neu}
A: And a number for him to ring when he's outside?
C: My mobile, [phone:oh eight seven, two two six, four one nine oh]. Or my husband [person_name:Cathal], [phone:oh eight six, nine oh three, double five one seven]. {neu}
A: He can be with you at <time:half two> this afternoon.
C: Half two. Thank you, that's quicker than I expected. {pos}
A: Is he insured? Some policies cover this.
C: With Petwise. Policy [member_id:P W seven one one, oh six four, two]. {neu}
A: I'll send Petwise the invoice directly. The ashes are usually back within <quantity:five> working days.
C: So before Christmas? {neu}
A: Yes, by Friday the eleventh. I'll ring you myself when he's ready.
C: Oh, the vet already took a deposit of <amount:one hundred euro> for you. {neu}
A: Then we'll refund the difference once Petwise pays. Your IBAN?
C: [iban:I E six four, A I B K, nine three one one, five two oh eight, four four one seven, six three]. {neu}
A: Reading back the end, [iban:four four one seven, six three].
C: That's it. {neu}
A: Your cremation reference is <reference:W B two six, one two oh five, three three eight>.
C: <reference:W B two six, one two oh five, three three eight>. {neu}
A: Could you email us a photo of Rufus for the memorial card? It's printed on heavy card stock.
C: I'll send one tonight. [person_name:Saoirse], our daughter, has the best ones. {pos}
A: Lovely. The address is on our website.
C: Thank you, [person_name:Caoimhe]. You've made a horrible day a bit easier. {pos}
""",
    ),
    CallScript(
        id="11t04-recording-studio",
        trade="recording studio",
        company="Copperline Sound Studios",
        agent="Kai Nakamura",
        customer="Delphine Okafor",
        agent_voice="espeak:en-us:155:45",
        customer_voice="festival:kal_diphone:150",
        noise_db=15.0,
        reason="A session cellist chases six-week-old session pay, completes her W-9 by phone and books three days for her own EP.",
        outcome="W-9 details and direct deposit taken; the session pay goes out Tuesday; Studio B booked for the fourteenth to the sixteenth with Oswaldo engineering, the deposit to be paid at load-in.",
        actions=[
            Action(
                "put the session pay through",
                "Kai Nakamura",
                "2026-12-08",
                "it goes out Tuesday",
                ("pay", "payment"),
            ),
            Action(
                "email the booking to the cellist and the drummer",
                "Kai Nakamura",
                "2026-12-05",
                "this evening",
                ("booking", "email"),
            ),
            Action(
                "send a prep list for the EP session",
                "Oswaldo",
                "2026-12-10",
                "by Thursday",
                ("prep list",),
            ),
            Action(
                "pay the studio deposit at load-in",
                "Delphine Okafor",
                "2026-12-14",
                "at load-in on the fourteenth",
                ("deposit",),
            ),
        ],
        script="""
A: Copperline Sound, [person_name:Kai] speaking.
C: Hey, it's [person_name:Delphine Okafor], cello on the Vesper Moth record. {neu}
A: Hi! That cello part on track four, wow.
C: Ha, thanks. Vesper Moth were lovely to work with. {pos}
A: You're calling about your session pay?
C: Yes. It's been six weeks. {neg}
A: Sorry. Payroll was waiting on your W-9. Can I take it now?
C: Sure. My legal name is [person_name:Delphine Adaeze Okafor]. {neu}
A: And your social?
C: [ssn:Six one four, two two, oh nine eight seven]. {neu}
A: Thanks. That session's invoice is <invoice:C S S two six, oh four one, one nine>.
C: <invoice:Two six, oh four one, one nine>, okay. {neu}
A: Direct deposit? I'll need the routing number.
C: [routing_number:Three two five, oh seven oh, seven six oh]. {neu}
A: And the account?
C: [bank_account:Nine eight eight one, four six two, oh three]. {neu}
A: Got it. I'll put the <amount:seven hundred and twenty dollars> through myself, it goes out Tuesday.
C: Finally. Sorry, that sounded ruder than I meant. {neg}
A: Fair. Where should we mail your ten ninety-nine?
C: [address:Four eighty-one Knickerbocker Avenue, apartment three R, Brooklyn], [zip:one one two three seven]. {neu}
A: Thanks. Now, your EP. Studio B, with the Neve?
C: Yes please. [person_name:Oswaldo] got the best sound out of that Neumann last time. {pos}
A: Studio B is free from the <date:fourteenth> to the <date:sixteenth>. It's <amount:nine fifty> a day, engineer included.
C: Perfect. Me, [person_name:Ravi] on bass, and [person_name:Yevgenia] on drums, [person_name:Y E V G E N I A]. {neu}
A: Load-in is <time:nine thirty>. A deposit of <amount:eight hundred and fifty dollars> holds it, or you could pay at load-in if you wanted to.
C: Load-in, then. Could you email the booking to both of us? {neu}
A: Sure, I'll send it this evening. Your emails?
C: [email:delphine cello nineteen at gmail dot com], and hers is [email:yev k drums four at fastmail dot com]. {neu}
A: Your booking reference is <booking:three four four, one nine oh, two seven one five>.
C: <booking:Three four four, one nine oh, two seven one five>. {neu}
A: And a number for the drummer, in case load-in moves?
C: [phone:Seven one eight, five oh six, two two nine three]. {neu}
A: Great. [person_name:Oswaldo] will send you a prep list by Thursday. I already sent the W-9 link in October, ignore that.
C: Ha, I did. Thanks, [person_name:Kai], Copperline has always been good to us. {pos}
A: See you on the fourteenth.
""",
    ),
    CallScript(
        id="11t05-balloon-flights",
        trade="hot-air balloon flights",
        company="Skylark Balloon Adventures",
        agent="Amos Dlamini",
        customer="Lucinda Ferreira",
        agent_voice="hibari:124",
        customer_voice="espeak:en-us+f3:150:50",
        noise_db=19.0,
        reason="A family's gift-voucher sunrise flight was cancelled for the third time; the customer rebooks and gives the passengers' dates of birth for the manifest.",
        outcome="Rebooked for Saturday the nineteenth at six forty-five with a free champagne toast; the manifest completed; the gate code to follow the day before; the waiver to be signed online.",
        actions=[
            Action(
                "email the gate code",
                "Yasmin",
                "2026-12-18",
                "the day before",
                ("gate code",),
            ),
            Action(
                "sign the passenger waiver online",
                "Lucinda Ferreira",
                "2026-12-05",
                "tonight",
                ("waiver",),
            ),
            Action(
                "add the champagne toast free",
                "Amos Dlamini",
                None,
                None,
                ("toast", "Schramsberg"),
            ),
        ],
        script="""
A: Skylark Balloon Adventures, this is [person_name:Amos].
C: Hi. [person_name:Lucinda Ferreira]. Our flight got cancelled again. {neg}
A: I'm sorry, Thursday's wind was awful. Your voucher number?
C: <voucher:Six oh one one, two eight four four, nine three oh seven, five five six two>. {neu}
A: Got it. Two adults and a child, sunrise from Sumner Meadow.
C: That's the third cancellation since August. {neg}
A: I know. The weather decides, not us, unfortunately.
C: Mm-hm. Very convenient. {neg}
A: I can put you on <date:Saturday the nineteenth>, launch at <time:six forty-five>, and I'll add the Schramsberg toast free. If the forecast looks bad, ring the launch line, <phone_business:seven oh seven, nine four four, two six one oh>.
C: Fine. Bribery accepted. {pos}
A: Ha. For the manifest I need dates of birth. Yours first?
C: [date_of_birth:The third of May, nineteen eighty-four]. {neu}
A: And your daughter's? She needs to be ten.
C: [person_name:Beatriz] turned eleven in the summer. [date_of_birth:August twenty-first, twenty fifteen]. {neu}
A: And [person_name:Joaquin]'s?
C: He won't admit it, but [date_of_birth:the thirtieth of November, nineteen eighty-one]. {pos}
A: Ha. The basket limit is <quantity:two hundred and thirty pounds> a person.
C: We're all well under. {neu}
A: Your new booking reference is <booking:S K nine oh four, two two seven, three one>.
C: <booking:S K nine oh four>, and? {neu}
A: <booking:Two two seven, three one>. Best mobile for the morning?
C: [phone:Seven oh seven, three one two, eight four oh six]. {neu}
A: And your email?
C: New one: [email:lucinda f forty-four at yahoo dot com]. {neu}
A: [person_name:Magnus] will be your pilot, in the big Cameron balloon.
C: Oh, Cameron makes the one [person_name:Bea] loved in the photos! {pos}
A: That's her. Lindstrand built our smaller one.
C: And parking? Last time the gate off Silverado Trail was locked. {neg}
A: Sorry about that. [person_name:Yasmin] will email you the gate code the day before.
C: Please make sure she does. {neu}
A: I will. Could you sign the passenger waiver online by Wednesday?
C: I'll do it tonight. {neu}
A: Perfect. We usually post the flight photos on social media, unless you'd rather we didn't.
C: That's fine. It's our date night, really, with a chaperone. {pos}
A: Ha. See you on the nineteenth.
C: Thanks, [person_name:Amos]. Third time lucky. {pos}
""",
    ),
    CallScript(
        id="11t06-bookbinder",
        trade="bookbinding and book restoration",
        company="Quire and Spine Bindery",
        agent="Ffion Llewellyn",
        customer="Hyunwoo Baek",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:127:-120",
        noise_db=17.0,
        reason="A customer checks on the restoration of his grandmother's hymnal and the family Bible, which needs more work than quoted.",
        outcome="The hymnal is finished and ships Tuesday the eighth, insured, to his new address; the Bible needs a full reback at a revised quote, with the family name tooled in gold, ready by the twenty-second; the family-tree pages to be scanned for his sister.",
        actions=[
            Action(
                "email the family-tree scans to the customer's sister",
                "Ffion Llewellyn",
                None,
                None,
                ("scans",),
            ),
            Action(
                "ship the hymnal",
                "Ffion Llewellyn",
                "2026-12-08",
                "Tuesday the eighth",
                ("ship", "hymnal"),
            ),
            Action(
                "send photos of the Bible before starting the reback",
                "Anselm",
                "2026-12-07",
                "Monday",
                ("photos",),
            ),
            Action(
                "finish the Bible",
                "Anselm",
                "2026-12-22",
                "by the twenty-second",
                ("Bible", "ready"),
            ),
        ],
        script="""
A: Quire and Spine Bindery, [person_name:Ffion] speaking.
C: Hello, this is [person_name:Hyunwoo Baek]. I left two books with you in October. {neu}
A: Hello! The hymnal and the family Bible?
C: Yes. My grandmother's hymnal, printed in Pyongyang in <year:nineteen twenty-three>. {neu}
A: [person_name:Anselm] has finished it. Resewn, new boards, Harmatan goatskin and Cockerell endpapers.
C: Harmatan? How do you spell that? I want to look it up. {neu}
A: H-A-R-M-A-T-A-N. The best goatskin there is.
C: Wow. Thanks, [person_name:Anselm] really went all out. {pos}
A: He did. The job number is <job:Q S two six, four oh eight, one one seven>.
C: <job:Four oh eight, one one seven>. {neu}
A: Now the Bible. It has red rot in the spine, so it needs a full reback.
C: Great. Of course it does. {neg}
A: The revised quote is <amount:six hundred and eighty dollars>, up from <amount:four twenty>.
C: That's a big jump, but fine, it's the family Bible. {neu}
A: Would you like the family name tooled on the spine?
C: Yes, in gold. [person_name:B A E K]. {neu}
A: In gold, that's <amount:forty-five dollars> more. The loose family-tree pages go into Mylar sleeves.
C: Lovely. My sister [person_name:Jiyeon] wants scans of those. {pos}
A: Happy to. I'll email her the scans. Her email?
C: [email:jiyeon baek eighty-eight at naver dot com]. {neu}
A: Got it. Shall we post the hymnal?
C: Please, I've moved to New Jersey. [address:Two fifty Palisade Avenue, apartment nineteen F, Fort Lee], [zip:oh seven oh two four]. {neu}
A: And a phone for the courier?
C: [phone:Two oh one, five five nine, oh seven one three]. {neu}
A: Postage and insurance is <amount:thirty-eight dollars>. Is it on your home policy?
C: Yes, policy [member_id:H O seven seven, four two nine, one oh six]. {neu}
A: Thanks. It ships <date:Tuesday the eighth>. The Bible will be ready by the twenty-second.
C: Before Christmas, good. Could he send me photos before he starts the reback? {neu}
A: Yes, he'll send them Monday. Oh, the reprint you asked about, ISBN <isbn:nine seven eight, one, five six six, one nine, two oh four, two>, is out of print.
C: Shame. It was for my nephew's birthday, he'll have to make do with a birthday cake. {neu}
A: Ha. And I already emailed the receipt for your deposit.
C: Thanks, [person_name:Ffion]. Quire and Spine has been wonderful, red rot aside. {pos}
""",
    ),
]
