"""The SEVENTEENTH-DEV half: six scripted two-party phone calls, a seventeenth set in trades none
of the earlier sets covered. Written 2026-12-06, stop 35, blind from a brief by a helper
session that read no product code (nothing under src/, no tests, no docs, no benchmark code
beyond script.py, generate.py and check.py, and no earlier set's calls beyond the first
sixteenth-dev call, as a format example; of the other call files only their module docstrings);
see README.md. Frozen as of the commit that adds it: do not edit the calls or the labels to
suit a result. Tune on these if you must; the test half (seventeenth_test_calls.py) is held out:
do not read it and do not tune on it.

Trades: LASIK and refractive eye surgery center, computer data recovery service (a lab in
Manchester, a Belgian customer), organic farm vegetable box subscription (CSA), pediatric speech
therapy practice, violin and cello rental and luthier workshop, headstone and memorial
engraving. The set's weight is on dates of birth, phone numbers, IBANs, card expiries and
security codes, and people's names said again later in the call. Dates of birth (eleven, with
read-backs) in words and digits and in several orders ("February fourth, nineteen eighty-seven",
"the ninth of November, eighty-three", "the twelfth of March, nineteen fifty-nine" read back as
"three, twelve, fifty-nine", a child's "oh six, fourteen, twenty-two", "eight, thirty,
eighty-five" read back in words, "four, two, eighty-one. The second of April", a late father's
"July fifteenth, nineteen forty-one" and a mother's "nine, nine, forty-five"). Phones with
"double", "triple" and "oh", one with an extension read back as "extension one four", one
spread over two turns with "go ahead", one read back wrong and corrected by its last four, one
started, abandoned for another call and said again, a UK mobile and a Manchester landline, a
German mobile with "plus four nine". Two IBANs (a Belgian one read in fours and read back in
threes, a German one read in fours and read back with "zero"). Cards: a Visa corrected mid-way
("five five, sorry, five two six one"), a Mastercard, an Amex read 4-6-5 with its four-digit
code, a Visa with "double nine" inside a group, a card on file named by its last four ("ending
in"); expiries as "nine slash twenty-eight", "March, twenty-nine", "February of twenty-thirty",
"oh six, twenty-nine", "twelve, twenty-seven"; security codes after "hold on", a worn card, a
son grabbing the card, a second wallet. Also a full SSN read 3-2-4 over two turns with
"double" and read back as a last four, a last four with "double"; a routing and an account
number read back with "zero"; vision plan, CSA member and insurance member ids; e-mails with
dots, digits and spelled parts; street addresses (a unit, an apartment, a floor and a named
building spread over two turns, house numbers in words such as "two seventy-seven", "eleven oh
nine", "thirty-three fifteen", "six oh one oh Southwest Thirty-Fourth Avenue", "one twelve East
Ridgewood Avenue"), ZIPs and ZIP+4s, a UK postcode. Names from many cultures (Basque, Polish,
Indian, Vietnamese, Igbo, Irish, Ghanaian, Flemish, Scottish, Norwegian-American, Mexican,
Turkish, Nigerian, Portuguese, Korean, Tamil, Lebanese, Russian, English), seven spelled letter
by letter, and third parties said again later by first name, surname or "Mr./Ms./Dr. X" (a
surgeon, a wife, a financing coordinator, a business partner, an engineer, a husband, a driver,
a farm manager, a therapist, a pediatrician, a son, a luthier, a teacher, a late father, a
mother, a brother, a cemetery officer, an installer). Must-survive numbers, 7-9 per call:
booking, case, receipt, invoice, reference, agreement, serial, ticket, order and confirmation
numbers, a drive model, a billing code, a plot, a stone size, amounts, times, dates, quantities,
a percentage, several right after a card, a security code, an SSN, a bank account or an IBAN.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, in varied sentence shapes ("starting tomorrow it's glasses only", "She'll pick me up after
the procedure on the seventeenth", "Declan will drop them off at the lab tomorrow before noon",
"He'll evaluate them and phone you a firm quote by Tuesday", "Beto will leave it in the cooler
on the porch from Thursday on", "Ms. Hollingsworth said she'll check his size at Wednesday's
lesson", "Mr. Haddad said he'll have the foundation poured by the eighteenth", "He'll transfer
it by the fifteenth", "I'll pause the twenty-fourth and the thirty-first"), two with no day.
Look-alikes that are not action items: past actions ("Declan already ran some recovery program
on Friday night", "My husband already put the rest of it in the compost", "Dr. Okwuosa already
sent one in the spring"), hypotheticals ("If your corneas measured too thin...", "If the platters
turn out to be scratched...", "If the insurance denies it, you could still pay...", "If the crack
had reached the f-hole..."), policies ("We always call the day before", "We never charge for the
recovery itself if nothing comes back", "We usually swap in kale", "rental credit always carries
over", "Dmitri always sends a photo") and declined offers (an enhancement plan, every other
week). Every customer line is labelled, about a quarter clearly positive or negative, with
sarcasm ("Two weeks in my old glasses. Fantastic.", "Four grand so I can find my keys in the
morning. Sure, why not.", "Kale. Marvellous.", "Lucky me."), polite anger ("you spelled my
father's name wrong. Again."), panic turning to relief and mixed lines.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Sunday 6 December 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="17d01-lasik-surgery",
        trade="LASIK and refractive eye surgery center",
        company="ClearHorizon Laser Vision",
        agent="Marisol Etxeberria",
        customer="Dariusz Wroblewski",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us+m3:146:48",
        noise_db=17.0,
        reason="After his consultation the patient wants to book LASIK in both eyes, pay the deposit and sort out financing and his vision plan discount.",
        outcome="Surgery is booked for Thursday the seventeenth at seven forty-five with a five hundred dollar deposit; he stops wearing contacts tomorrow, his wife drives him home, the financing coordinator calls Tuesday and the pre-op packet goes out tonight.",
        actions=[
            Action(
                "stop wearing soft contact lenses, glasses only",
                "Dariusz Wroblewski",
                "2026-12-07",
                "starting tomorrow",
                ("contact", "glasses"),
            ),
            Action(
                "e-mail a photo of the front and back of the vision plan card",
                "Dariusz Wroblewski",
                "2026-12-09",
                "by Wednesday",
                ("photo", "card"),
            ),
            Action(
                "call about the twelve-month financing plan",
                "Thuy Pham",
                "2026-12-08",
                "Tuesday",
                ("financing", "twelve-month", "plan"),
            ),
            Action(
                "e-mail the pre-op packet",
                "Marisol Etxeberria",
                "2026-12-06",
                "tonight",
                ("pre-op", "packet"),
            ),
            Action(
                "pick him up and drive him home after the procedure",
                "Hania Wroblewska",
                "2026-12-17",
                "on the seventeenth",
                ("pick", "drive", "home"),
            ),
        ],
        script="""
A: ClearHorizon Laser Vision, this is [person_name:Marisol].
C: Hi. I had my consult Friday, and I want to book the surgery before I chicken out. {pos}
A: We hear that a lot. Can I have your full name?
C: [person_name:Dariusz Wroblewski]. Nobody gets the last name, so, [person_name:W R O B L E W S K I]. {neu}
A: Thank you. And your date of birth?
C: [date_of_birth:February fourth, nineteen eighty-seven]. {neu}
A: Thanks, Mr. [person_name:Wroblewski]. Consultation <booking:C two six four one>. Dr. [person_name:Raghunathan] cleared both eyes.
C: So what's the earliest she can do it? {neu}
A: She operates Thursdays. The first opening is <date:Thursday the seventeenth> at <time:seven forty-five> a.m.
C: The seventeenth works. I'm off that week anyway. {pos}
A: Great. You'll need to stay out of your soft contacts for two weeks, so starting tomorrow, glasses only.
C: Two weeks in my old glasses. Fantastic. Last time I nearly walked into a bus. {neg}
A: I know, but the corneas have to settle. You'll also need someone to drive you home afterwards.
C: My wife, [person_name:Hania], she'll pick me up after the procedure on the seventeenth. {neu}
A: Is there a number for her, for that morning?
C: Her cell is [phone:six one two, four oh eight]... {neu}
A: Go ahead.
C: [phone:double seven, three one]. {neu}
A: So that's [phone:six one two, four oh eight, seven seven three one] for [person_name:Hania]? And the best number for you?
C: That's her. And me, daytime, my desk at work, [phone:six five one, two two nine, oh four oh six, extension fourteen]. {neu}
A: [phone:Six five one, two two nine, oh four oh six, extension one four]. Got it.
C: Yes. So what's this costing me, all in? {neu}
A: Both eyes are <amount:four thousand one hundred ninety dollars>, with a <amount:five hundred dollar> deposit today to hold the slot.
C: Four grand so I can find my keys in the morning. Sure, why not. {neg}
A: Do you have a vision plan? Some give a discount.
C: Through work, yeah. The member ID is [member_id:V S P, four four one, nine zero two, six six]. {neu}
A: That's fifteen percent off. Can you e-mail me a photo of the front and back of the card by Wednesday?
C: Sure, I'll do that by Wednesday. {neu}
A: Thanks. Now for the deposit, which card?
C: Visa. [card_number:Four one two eight, double eight three oh, five five, sorry, five two six one, oh four seven two]. {neu}
A: Let me read that back: [card_number:four one two eight, eight eight three oh, five two six one, oh four seven two].
C: Yep. It expires [card_expiry:nine slash twenty-eight]. {neu}
A: And the three-digit code on the back?
C: Hold on, the card's in my other jacket. {neu}
A: No problem, take your time.
C: Okay, got it. [card_security_code:Seven oh three]. {neu}
A: Thank you. The deposit's approved, confirmation <confirmation:eight one five five two>.
C: Does the rest have to be paid before the surgery? {neu}
A: Not necessarily. Our financing coordinator, [person_name:Thuy Pham], will call you Tuesday about the twelve-month plan.
C: Oh, good. Honestly, that makes it doable. {pos}
A: [person_name:Thuy] is great. And I'll e-mail you the pre-op packet tonight. Which address?
C: [email:D dot W R O B L E W S K I eight seven at gmail dot com]. {neu}
A: [email:D dot wroblewski eighty-seven at gmail dot com]. If your corneas measured too thin on the day, Dr. [person_name:Raghunathan] would switch you to PRK. Would you like the enhancement plan? It's <amount:two hundred fifty dollars> for lifetime touch-ups.
C: No, thanks. I'll take my chances. {neu}
A: That's fine. We always call the day before to confirm, so expect us on the sixteenth.
C: Oh, and I moved. The new place is [address:two seventy-seven Summit Avenue, unit nine, Saint Paul], [zip:five five one oh two]. {neu}
A: Updated. So: glasses from tomorrow, the card photos by Wednesday, [person_name:Thuy] on Tuesday, and your packet tonight.
C: Perfect. Thank you, [person_name:Marisol]. I'm actually kind of excited now. {pos}
""",
    ),
    CallScript(
        id="17d02-data-recovery",
        trade="computer data recovery service",
        company="Ferngate Data Recovery",
        agent="Ngozi Eze",
        customer="Ilse Vandermeulen",
        agent_voice="espeak:en+f4:150:62",
        customer_voice="hibari:11",
        noise_db=15.0,
        reason="An architect's four-drive office storage box failed with a year of project files on it; she wants an evaluation, priority handling and a refund of an overpaid invoice.",
        outcome="The drives come in tomorrow with her business partner, an engineer evaluates them and phones a quote by Tuesday on priority, the ninety-five pound fee is taken by card, and the overpayment goes back to her Belgian account on Monday.",
        actions=[
            Action(
                "drop the four drives off at the lab",
                "Declan Moriarty",
                "2026-12-07",
                "tomorrow before noon",
                ("drop", "drives"),
            ),
            Action(
                "evaluate the drives and phone with a firm quote",
                "Kofi Boateng",
                "2026-12-08",
                "by Tuesday",
                ("quote", "evaluat"),
            ),
            Action(
                "e-mail the list of folders to recover first",
                "Ilse Vandermeulen",
                "2026-12-06",
                "tonight",
                ("folders", "list"),
            ),
            Action(
                "send the sixty pound overpayment back to her Belgian account",
                "Ngozi Eze",
                "2026-12-07",
                "on Monday",
                ("refund", "overpayment", "sixty"),
            ),
        ],
        script="""
A: Ferngate Data Recovery, weekend line, [person_name:Ngozi] speaking.
C: Hello. Our storage box at the studio died on Friday and every drawing from this year is on it. I'm trying very hard not to panic. {neg}
A: You've come to the right place. Can I take your name?
C: [person_name:Ilse Vandermeulen]. [person_name:V A N, D E R, M E U L E N], all one word. {neu}
A: Thank you, Ms. [person_name:Vandermeulen]. I see you've used us before, case <case:F R two two eight one nine>.
C: Yes, a laptop two years ago. You were very good. {pos}
A: Glad to hear it. Before I open a new case, I need to verify you. Date of birth?
C: [date_of_birth:The ninth of November, eighty-three]. {neu}
A: Thanks. What's in the box?
C: <quantity:Four drives>, <model:W D forty E F A X>, in a mirrored set. It clicked twice and then nothing. {neu}
A: Okay. Please don't switch it on again. Has anyone tried software on it?
C: My partner, [person_name:Declan Moriarty], already ran some recovery program on Friday night. I could have killed him. {neg}
A: It happens a lot. How are the drives getting to us?
C: [person_name:Declan] will drop them off at the lab tomorrow before noon. It's the least he can do. {neu}
A: Perfect. Our engineer [person_name:Kofi Boateng] is on tomorrow. He'll evaluate them and phone you a firm quote by Tuesday.
C: By Tuesday. Okay. What does the evaluation cost? {neu}
A: The evaluation is <amount:ninety-five pounds>. Priority handling adds <amount:two hundred fifty pounds>. We never charge for the recovery itself if nothing comes back.
C: Put me on priority. We have a planning deadline on <date:the eighteenth>. {neu}
A: Done. If the platters turn out to be scratched, Mr. [person_name:Boateng] would need a donor drive, which adds a few days.
C: Please don't say that. {neg}
A: Let's not borrow trouble. Now a contact number?
C: My mobile, [phone:oh seven seven one two, nine oh four, double six one]. {neu}
A: [phone:Oh seven seven one two, nine oh four, six six one].
C: Right. And [person_name:Declan]'s on [phone:oh one six one, four nine six, oh triple three] if I'm in a meeting. {neu}
A: Thanks. And an address for the return?
C: The studio. [address:Third floor, Kestrel Works]... {neu}
A: Mm-hm.
C: [address:Forty-two Hilton Street, Manchester], [zip:M one, two F X]. {neu}
A: [address:Kestrel Works, third floor, forty-two Hilton Street], [zip:M one, two F X]. And an e-mail?
C: [email:studio dot ilse four at V M architects dot co dot U K]. {neu}
A: Got it. Could you e-mail me a list of the folders you need first?
C: I'll send it tonight. The twenty twenty-six projects, mainly. {neu}
A: Great. And the ninety-five pounds, by card?
C: Mastercard. [card_number:Five four one two, seven five nine oh, three three one eight, two two six four]. {neu}
A: Expiry?
C: [card_expiry:March, twenty-nine]. {neu}
A: And the three on the back?
C: Hang on, it's worn. Let me get my glasses. {neu}
A: Of course.
C: [card_security_code:Two eight five]. {neu}
A: Thank you. Taken, receipt <receipt:six six oh four>. You also overpaid invoice <invoice:four four seven one> by <amount:sixty pounds> last spring.
C: Did I? Well, that's a nice surprise. {pos}
A: I can send it back to the account it came from. Do you have the IBAN?
C: It's my Belgian account. [iban:B E two six, three six three one, oh four eight five, nine two two seven]. {neu}
A: [iban:B E, twenty-six, three six three, one oh four, eight five nine, two two seven].
C: That's it. {neu}
A: I'll send the refund on Monday, [person_name:Declan] brings the drives tomorrow, and [person_name:Kofi] will ring you by Tuesday.
C: I will. Thank you, [person_name:Ngozi], you've calmed me down a lot. {pos}
""",
    ),
    CallScript(
        id="17d03-farm-veg-box",
        trade="organic farm vegetable box subscription (CSA)",
        company="Two Creeks Farm",
        agent="Siddharth Menon",
        customer="Fenella MacAskill",
        agent_voice="hibari:1",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=18.0,
        reason="A member got a box with rotten squash, her card on file has expired, she has moved, and she wants to pause over the holidays and ask about the senior rate.",
        outcome="She gets an eighteen fifty credit, a new Amex replaces the expired card, deliveries pause on the twenty-fourth and thirty-first, the driver uses her porch cooler from Thursday, and the farm manager calls Wednesday about the egg share.",
        actions=[
            Action(
                "e-mail a photo of the rotten squash",
                "Fenella MacAskill",
                "2026-12-07",
                "by tomorrow",
                ("photo", "squash"),
            ),
            Action(
                "put an eighteen fifty credit on the next invoice",
                "Siddharth Menon",
                "2026-12-08",
                "by Tuesday",
                ("credit", "eighteen fifty", "invoice"),
            ),
            Action(
                "leave the box in the cooler on the porch",
                "Beto Salcedo",
                "2026-12-10",
                "from Thursday",
                ("cooler", "porch"),
            ),
            Action(
                "call her back about adding an egg share",
                "Ruth Ellingboe",
                "2026-12-09",
                "Wednesday",
                ("egg",),
            ),
            Action(
                "pause the deliveries on the twenty-fourth and the thirty-first",
                "Siddharth Menon",
                None,
                None,
                ("pause",),
            ),
        ],
        script="""
A: Two Creeks Farm, member line, this is [person_name:Siddharth].
C: Hello, dear. I'm a member, and I've a few things, and one of them isn't pleasant. {neg}
A: Let's hear them all. Your name, please?
C: [person_name:Fenella MacAskill]. That's [person_name:M A C, A S K I L L]. {neu}
A: And your member number, if it's handy?
C: [member_id:T C dash oh four one nine three]. {neu}
A: Thanks, Mrs. [person_name:MacAskill]. I've got you on the large share, <amount:thirty-eight dollars> a week.
C: That's me. Well. Thursday's box had a butternut squash in it that had gone to mush. The whole bottom of the box was wet. {neg}
A: Oh, I'm sorry. That shouldn't have left the packing shed.
C: My husband, [person_name:Tomasz], already put the rest of it in the compost, so I can't send it back, mind. {neu}
A: No need. If you e-mail us a photo of the squash by tomorrow, I'll put a credit of <amount:eighteen fifty> on your next invoice by Tuesday.
C: Oh, that's fair. Thank you. I'll take a picture of what's left. {pos}
A: You're welcome. What else?
C: You sent me a note that my card's expired. {neu}
A: Yes, the one ending in [card_number:six six one two]. Do you have a new one?
C: I've an American Express now. [card_number:Three seven six four, five one nine eight two oh, three three one one one]. {neu}
A: [card_number:Three seven six four, five one nine eight two oh, three three one one one]?
C: That's right. And it runs out [card_expiry:February of twenty-thirty]. {neu}
A: And the four-digit code on the front?
C: On the front? Well, would you look at that. Tiny wee numbers. {neu}
A: Right above the long number, on the right.
C: [card_security_code:Six oh four eight]. {neu}
A: Lovely, that's saved. Also, I see the box is still going to the old place.
C: Aye, we've moved. It's [address:eleven oh nine North Avenue, apartment fourteen, Burlington], [zip:oh five four oh eight, dash one one two six]. {neu}
A: [address:Eleven oh nine North Avenue, apartment fourteen]. Is there somewhere shaded to leave it?
C: There's a big blue cooler on the porch. Ask your driver to use that. {neu}
A: That'll be [person_name:Beto Salcedo]. [person_name:Beto] will leave it in the cooler on the porch from Thursday on. Delivery's <time:between two and five>.
C: Grand. And the phone's new too. [phone:Eight oh two, eight six five, double oh one seven]. {neu}
A: [phone:Eight oh two, eight six five, oh oh one seven].
C: Yes. Now, over Christmas we're away. {neu}
A: I'll pause the twenty-fourth and the thirty-first for you. Deliveries pick up again on <date:January seventh>.
C: Good. And my friend says there's a senior rate? {neu}
A: There is, for members sixty-five and over. I'll just need your date of birth.
C: [date_of_birth:The twelfth of March, nineteen fifty-nine]. {neu}
A: So [date_of_birth:three, twelve, fifty-nine]. You qualify. Your large share drops to <amount:thirty-two fifty>.
C: Well, getting old has to be good for something. {pos}
A: If you'd rather, we could also switch you to every other week.
C: No, no, we eat the lot. Is there an egg share? {neu}
A: That's [person_name:Ruth Ellingboe], our farm manager. [person_name:Ruth] will call you Wednesday about adding <quantity:twelve eggs> a week.
C: Lovely. Though if the eggs come like that squash, I'll be wanting a credit for those too. {neg}
A: Fair enough. We usually swap in kale when the chard runs out, so you might see some of that, too.
C: Kale. Marvellous. [person_name:Tomasz] will be thrilled. {neg}
A: I'll note he's a fan. Your change reference is <reference:C R nine one four two>.
C: Nine one four two. Thank you, [person_name:Siddharth]. You've been a great help. {pos}
""",
    ),
    CallScript(
        id="17d04-speech-therapy",
        trade="pediatric speech therapy practice",
        company="Little Voices Speech Therapy",
        agent="Esperanza Quintero",
        customer="Yusuf Demirci",
        agent_voice="espeak:en-us+f2:142:60",
        customer_voice="festival:kal_diphone:-100",
        noise_db=16.0,
        reason="A father wants his four-year-old daughter's evaluation results turned into a plan of therapy sessions and needs the insurance side sorted.",
        outcome="Twice-weekly sessions start Tuesday at four fifteen; the therapist writes the report by Friday, the father uploads a new referral by Wednesday, the office files the prior authorisation tomorrow, and the copay card is on file.",
        actions=[
            Action(
                "write up the evaluation report",
                "Niamh Gallagher",
                "2026-12-11",
                "by Friday",
                ("report", "write"),
            ),
            Action(
                "upload a new referral from the pediatrician to the portal",
                "Yusuf Demirci",
                "2026-12-09",
                "by Wednesday",
                ("referral", "upload"),
            ),
            Action(
                "send the prior authorisation to the insurer",
                "Esperanza Quintero",
                "2026-12-07",
                "first thing tomorrow",
                ("authori", "insur"),
            ),
            Action(
                "bring Elif to the first session at four fifteen",
                "Selin Demirci",
                "2026-12-08",
                "Tuesday",
                ("bring", "session", "tuesday"),
            ),
        ],
        script="""
A: Little Voices Speech Therapy, [person_name:Esperanza] speaking.
C: Hi, this is [person_name:Yusuf Demirci]. My daughter had her evaluation with you last week, and we were told to call about next steps. {neu}
A: Of course. Can you spell the last name for me?
C: [person_name:D E M I R C I]. And my daughter is [person_name:Elif]. {neu}
A: And [person_name:Elif]'s date of birth?
C: [date_of_birth:Oh six, fourteen, twenty-two]. {neu}
A: Got her. Ms. [person_name:Gallagher] did the evaluation, and she's recommending <quantity:twelve sessions> to start, <quantity:two a week>.
C: Twelve. Okay. Is it serious? My wife has been worried sick. {neg}
A: [person_name:Niamh] said it's a very common pattern at four, and kids respond well. She'll write up the full evaluation report by Friday, and you'll get a copy.
C: That's a relief, honestly. Thank you. {pos}
A: Now the insurance. Are you the subscriber?
C: Yes, through my job. Member ID [member_id:X E K, nine oh one, four four seven, two one]. {neu}
A: Thanks. And your date of birth, as the subscriber?
C: [date_of_birth:Eight, thirty, eighty-five]. {neu}
A: [date_of_birth:August thirtieth, nineteen eighty-five]. And the last four of your social?
C: [ssn:Two oh double eight]. {neu}
A: Thank you. Your plan needs a prior authorisation for therapy codes like <code:ninety-two five twenty-three>. I'll send it to them first thing tomorrow.
C: Do we need anything from the doctor? {neu}
A: Yes, a new referral. Dr. [person_name:Okwuosa] already sent one in the spring, but it expired in October.
C: Of course it did. {neg}
A: If you ask her office, you can upload it to our portal. Could you do that by Wednesday?
C: Yeah. I'll call them in the morning and upload it by Wednesday. {neu}
A: Perfect. If the insurance denies it, you could still pay our self-pay rate while we appeal, but I don't expect that.
C: Okay. When would the first session be? {neu}
A: <date:Tuesday the eighth> at <time:four fifteen> with [person_name:Niamh].
C: I work until six. My wife, [person_name:Selin], will bring her Tuesday. {neu}
A: Great. Can I get a number for [person_name:Selin]?
C: [phone:Seven seven three, four one two, six oh five eight]. {neu}
A: [phone:Seven seven three, four one two, six five oh eight]?
C: No, [phone:six oh five eight]. {neu}
A: Sorry. [phone:Seven seven three, four one two, six oh five eight].
C: That's it. And mine is my work line, [phone:three one two, seven four four, oh nine one six, extension two oh three]. {neu}
A: Got it. We also still have your old address, on Sheridan.
C: We moved in August. [address:Thirty-three fifteen West Devon Avenue, apartment five C], [zip:six oh six five nine]. {neu}
A: Updated. And the copay is <amount:thirty-five dollars> a session. Shall I keep a card on file for it?
C: Sure. Visa, [card_number:four oh two four, six double nine three, five eight one seven, two oh four oh]. {neu}
A: Expiration?
C: [card_expiry:Oh six, twenty-nine]. {neu}
A: And the CVV?
C: It's... hang on, my son just grabbed the card. {neu}
A: No worries.
C: Got it back. [card_security_code:Three one seven]. {neu}
A: Thank you. The card's on file, reference <reference:L V four four six two>.
C: Good. Sorry, it's been a long week with all this. {neg}
A: You're doing great, Mr. [person_name:Demirci]. We always do a quick hearing screen at the first session too, so [person_name:Selin] shouldn't be surprised.
C: Will do. Thanks, [person_name:Esperanza]. That's one thing off my list. {pos}
""",
    ),
    CallScript(
        id="17d05-string-rental",
        trade="violin and cello rental and luthier workshop",
        company="Bellweather Strings",
        agent="Jiwoo Park",
        customer="Adaeze Okoro",
        agent_voice="festival:kal_diphone",
        customer_voice="espeak:en-us+f5:140:55",
        noise_db=17.5,
        reason="A mother's rented cello came home from school with a collapsed bridge, and she wants it fixed and the rental moved to rent-to-own with monthly bank payments.",
        outcome="The cello comes in tomorrow, the luthier refits the bridge by Thursday for sixty-five dollars, a rent-to-own agreement at thirty-eight a month is drafted with a credit check and automatic debits, and the teacher checks the size on Wednesday.",
        actions=[
            Action(
                "bring the cello into the shop",
                "Adaeze Okoro",
                "2026-12-07",
                "tomorrow before six",
                ("bring", "cello"),
            ),
            Action(
                "refit the bridge and set the strings",
                "Mateus Oliveira",
                "2026-12-10",
                "by Thursday",
                ("bridge",),
            ),
            Action(
                "e-mail the rent-to-own agreement",
                "Jiwoo Park",
                "2026-12-06",
                "this afternoon",
                ("agreement", "e-mail", "email"),
            ),
            Action(
                "sign and send back the agreement",
                "Adaeze Okoro",
                "2026-12-11",
                "by Friday",
                ("sign",),
            ),
            Action(
                "check whether he is ready for a full-size cello",
                "Priscilla Hollingsworth",
                "2026-12-09",
                "at Wednesday's lesson",
                ("size", "full-size"),
            ),
        ],
        script="""
A: Bellweather Strings, this is [person_name:Jiwoo].
C: Hello. We rent a cello from you for my son, and it came home from school on Friday with the bridge lying flat on the top. {neg}
A: Oh no. Was anyone hurt? Those strings snap back hard.
C: No, thank goodness, just a very upset twelve-year-old. {neu}
A: Poor kid. Can I get the name on the rental?
C: [person_name:Adaeze Okoro]. [person_name:A D A E Z E], [person_name:O K O R O]. {neu}
A: Thank you, Ms. [person_name:Okoro]. Rental <agreement:R T three three six one>, a three-quarter cello, serial <serial:one seven two two four>?
C: That's the one. [person_name:Chibuike] calls it Big Brown. {pos}
A: Ha. Our luthier, [person_name:Mateus Oliveira], can refit the bridge and set the strings. If you bring it in tomorrow before six, he'll have it ready by Thursday.
C: Tomorrow after school, fine. What does it cost? {neu}
A: The bridge is <amount:sixty-five dollars>. Your damage waiver doesn't cover bridges, unfortunately.
C: So what exactly does the waiver cover? Because I pay for it every month. {neg}
A: Cracks and breaks to the body. I know it's frustrating. If the crack had reached the f-hole, we'd have sent it out, so this is the cheap version.
C: Lucky me. {neg}
A: One more thing. You've paid <quantity:eleven months>, so you could move to rent-to-own. <percent:Seventy-five percent> of what you've paid counts toward the cello.
C: Actually, yes. He's serious about it. How does it work? {pos}
A: It's <amount:thirty-eight dollars> a month, drawn from your bank, and a soft credit check. I need your social and date of birth for that.
C: Okay. My social is [ssn:five two nine]... {neu}
A: Go on.
C: [ssn:oh six, double one four three]. {neu}
A: And your date of birth?
C: [date_of_birth:Four, two, eighty-one. The second of April]. {neu}
A: Thank you. Ending [ssn:one one four three], born [date_of_birth:April second, nineteen eighty-one]. The check's clear.
C: Good. For the bank, the routing is [routing_number:three two three, oh seven oh, three eight oh]. {neu}
A: [routing_number:Three two three, zero seven zero, three eight zero].
C: Yes. And the account number is [bank_account:four four oh, nine one seven, two six six eight]. {neu}
A: [bank_account:Four four oh, nine one seven, two six six eight]. The first draft is on <date:January fifth>.
C: Perfect. {neu}
A: I'll e-mail you the agreement this afternoon. Which address?
C: [email:A D A E Z E dot okoro at proton dot me]. {neu}
A: [email:Adaeze dot okoro at proton dot me]. Please sign it and send it back by Friday.
C: I'll sign it by Friday. Do you have my current address? We moved. {neu}
A: I have a place on Capitol Highway.
C: That's old. [address:Six oh one oh Southwest Thirty-Fourth Avenue], [zip:nine seven two three nine]. {neu}
A: [address:Six zero one zero Southwest Thirty-Fourth Avenue]. And a phone?
C: [phone:Five oh three]... sorry, I've got another call. [phone:five oh three, two eight one, four four seven nine]. {neu}
A: [phone:Five oh three, two eight one, four four seven nine]. Got it.
C: Also, his teacher thinks he's nearly too big for it. {neu}
A: Who's his teacher?
C: [person_name:Priscilla Hollingsworth], at the middle school. Ms. [person_name:Hollingsworth] said she'll check his size at Wednesday's lesson. {neu}
A: Great. If she says full size, rental credit always carries over, so nothing's lost. Your repair ticket is <ticket:eight eight oh nine>.
C: Eight eight oh nine. Thank you, [person_name:Jiwoo]. [person_name:Chibuike] will be so relieved. {pos}
""",
    ),
    CallScript(
        id="17d06-memorial-engraving",
        trade="headstone and memorial engraving",
        company="Greystone Memorials",
        agent="Beatriz Carvalho",
        customer="Lakshmi Cole",
        agent_voice="hibari:11",
        customer_voice="espeak:en-us+f3:132:52",
        noise_db=18.5,
        reason="A daughter ordering her late father's headstone found his name misspelled on the second proof and needs the companion inscription, payment split with her brother abroad, and installation sorted.",
        outcome="A third proof goes out by Tuesday, she signs it back by Friday, pays her half by card, her brother transfers his half from Germany by the fifteenth, the cemetery pours the foundation by the eighteenth and installation follows in January.",
        actions=[
            Action(
                "e-mail the corrected third proof",
                "Beatriz Carvalho",
                "2026-12-08",
                "by Tuesday",
                ("proof",),
            ),
            Action(
                "sign the approval and send it back",
                "Lakshmi Cole",
                "2026-12-11",
                "by Friday",
                ("sign", "approval"),
            ),
            Action(
                "transfer his half of the balance from Germany",
                "Arjun Venkataraman",
                "2026-12-15",
                "by the fifteenth",
                ("transfer", "half"),
            ),
            Action(
                "pour the foundation at the plot",
                "Samir Haddad",
                "2026-12-18",
                "by the eighteenth",
                ("foundation",),
            ),
            Action(
                "set the stone once the ground allows",
                "Dmitri Sokolov",
                None,
                None,
                ("set the stone", "install"),
            ),
        ],
        script="""
A: Greystone Memorials, [person_name:Beatriz] speaking.
C: Hi, [person_name:Beatriz], it's [person_name:Lakshmi Cole]. I'm calling about my father's stone. {neu}
A: Hello, Ms. [person_name:Cole]. Order <order:G M two oh four one>. Did proof two reach you?
C: It did. And you spelled my father's name wrong. Again. {neg}
A: Oh, I'm so sorry. Let's fix it now. How should it read?
C: [person_name:Ramesh], then [person_name:V E N K A T A R A M A N]. There's an A after the K. You left it out. Twice. {neg}
A: [person_name:V E N K A T A R A M A N]. I have it. And the dates stay the same?
C: Born [date_of_birth:July fifteenth, nineteen forty-one]. And the second of September this year. {neu}
A: Thank you. And your mother's side of the stone, the companion inscription?
C: [person_name:Kamala Venkataraman], and her birth date, [date_of_birth:nine, nine, forty-five]. The other date stays blank, obviously. {neu}
A: Of course. I'll e-mail you the corrected <proof:proof three> by Tuesday.
C: Please check it this time. Three tries for one name is a bit much. {neg}
A: It is, and I'll check every letter myself. The layout is <quantity:forty-eight letters> on the front, on a <size:twenty-four by twelve> grey granite face.
C: Fine. Once I'm happy with it, I'll sign the approval and send it back by Friday. {neu}
A: Thank you. Then the balance. It's <amount:two thousand one hundred eighty dollars>, and you wanted to split it with your brother?
C: Yes, [person_name:Arjun] is paying half from Germany. He'll transfer it by the fifteenth. {neu}
A: Good. So we can match it, could I take the IBAN he's sending from?
C: Hold on, he texted it to me. [iban:D E eight six, five oh oh one, oh five one seven, oh six four eight, two seven nine one, three five]. {neu}
A: Let me read it back. [iban:D E eight six, five zero zero one, zero five one seven, zero six four eight, two seven nine one, three five].
C: Yes. And the name on the account is [person_name:Arjun Venkataraman]. {neu}
A: Perfect. And a number for him, in case the bank has questions?
C: [phone:Plus four nine, one seven six, two two three, eight oh four, one nine]. {neu}
A: [phone:Plus four nine, one seven six, two two three, eight oh four, one nine]. And your half today, by card?
C: Yes. It's a Visa. [card_number:Four seven one six, five five oh two, one nine eight four, seven three six six]. {neu}
A: And the expiry?
C: [card_expiry:Twelve, twenty-seven]. {neu}
A: And the security code?
C: One second. I keep it in a different wallet, because of my husband. {neu}
A: That's very sensible.
C: [card_security_code:Eight five two]. {neu}
A: Thank you. That's <amount:one thousand ninety dollars> paid, receipt <receipt:seven three seven one>.
C: Good. Now, the cemetery. {neu}
A: Yes. Who's your contact at Oakmont?
C: [person_name:Samir Haddad], in the office. Mr. [person_name:Haddad] said he'll have the foundation poured by the eighteenth. {neu}
A: That's good timing. It's <plot:section fourteen, row C, plot twenty-two>?
C: Yes, that's the one, by the big oak. {neu}
A: Then our installer, [person_name:Dmitri Sokolov], will set the stone once the ground allows. Usually <date:the week of January eleventh>, weather permitting.
C: Okay. He doesn't need me there, does he? {neu}
A: No. [person_name:Dmitri] always sends a photo when it's done. We'll also need your current address and number.
C: [address:One twelve East Ridgewood Avenue, Ridgewood, New Jersey], [zip:oh seven four five oh, dash two two one eight]. {neu}
A: [address:One one two East Ridgewood Avenue]. And the phone?
C: [phone:Two oh one, triple six, oh four nine two]. {neu}
A: [phone:Two oh one, six six six, oh four nine two]. And the proof goes to [email:lakshmi dot cole seventy at gmail dot com]?
C: That's right. Thank you, [person_name:Beatriz]. I'm sorry I was sharp. This has been a very long autumn. {pos}
A: Please don't apologise, Ms. [person_name:Cole]. We'll get it right for him.
C: I know you will. Thank you. {pos}
""",
    ),
]
