"""The THIRTEENTH-TEST half: six scripted two-party phone calls, a thirteenth set in trades none
of the earlier sets covered. Written blind from a brief on 2026-12-06 by a helper session that
read no product code (nothing under src/, no tests, no docs, and no earlier set's calls beyond
the first twelfth-dev call, as a format example); see README.md. Frozen as of the commit that
adds it: do not edit the calls or the labels to suit a result. This half is HELD OUT: do not
read it and do not tune on it; tune on the dev half (thirteenth_dev_calls.py) if you must.

Trades: chiropractic clinic, carpet and upholstery cleaning, auto body collision repair,
assisted living admissions, party tent hire (in Ireland), water softener and filtration
service. The set's weight is on action items (found, with the right named owner and the right
due day), customer sentiment, PII said the way people say it on the phone, and numbers that
must survive redaction. PII: four cards (an HSA card read back in full) with expiries ("ten,
twenty-nine", "oh two, twenty-eight", "oh six, twenty-seven", "July twenty-eight") and security
codes, a full SSN, dates of birth in words, two routing and account numbers (one account
corrected mid-answer), an Irish IBAN read in groups and read back, patient, Medicare and
plan-account ids of varied shapes, e-mails with dots and digits, phone numbers (with "double",
a corrected one, an Irish mobile, read back), street addresses with units, house numbers in
words ("nine oh seven", "forty-two seventy", "sixty-eight"), US ZIPs, a Canadian postal code
and an Irish Eircode, names from many cultures (three spelled) and third parties (a doctor, a
supervisor, a crew lead, a son, an adjuster, an estimator, a nurse, a wife, a mother-in-law, a
surveyor, a husband, a technician). Must-survive numbers, 5-10 per call: invoices, bookings,
repair orders, rental agreements, receipts, references, orders, confirmations, a suite number,
amounts, times, dates, quantities, a tent size and the business's own line as
`<phone_business:...>`, several right after a sensitive answer.

Each call has 4-5 action items owned by the agent, the customer or a third person named in the
call, with due days said in varied ways ("by end of day today", "this afternoon", "within the
hour", "tonight", "Monday night", "tomorrow", "by end of day tomorrow", "next Tuesday", "by
Wednesday night", "before Wednesday", "before Friday", "Thursday morning", "by the fifteenth",
"by the eighteenth"), a few with none. Past actions ("I've put a hold on it until Friday", "I
was going to call you tomorrow"), hypotheticals ("if you ever need to, you could..."),
policies ("we always include it") and declined offers ("no, that's fine, leave the sofa") look
like action items and are not. About a third of the customer lines are clearly positive or
negative (relief, thanks, complaints said politely, sarcasm such as "oh, brilliant"), the rest
neutral, some with emotional-looking words that a listener would not call either.

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
        id="13t01-chiropractic",
        trade="chiropractic clinic",
        company="Align Spine and Wellness",
        agent="Shira Goldberg",
        customer="Viktor Petrov",
        agent_voice="espeak:en-us+f3:137:64",
        customer_voice="hibari:153:-250",
        noise_db=17.5,
        reason="A patient charged a no-show fee for an appointment he says he cancelled by voicemail wants it removed, rebooks, and updates his HSA card and address.",
        outcome="The forty-dollar fee reversed as the clinic's voicemail was down; visit rebooked for Thursday at four fifteen with the MRI disc; the doctor to review it before Friday; new HSA card and address on file; intake form due by Wednesday night.",
        actions=[
            Action(
                "reverse the no-show fee",
                "Shira Goldberg",
                "2026-12-06",
                "by end of day today",
                ("reverse", "fee", "credit"),
            ),
            Action(
                "bring the MRI disc to the appointment",
                "Viktor Petrov",
                "2026-12-10",
                "on Thursday",
                ("MRI", "disc", "bring"),
            ),
            Action(
                "review the MRI and call if the care plan changes",
                "Lindqvist",
                "2026-12-11",
                "before Friday",
                ("MRI", "go through", "review"),
            ),
            Action(
                "fill out the new intake form on the portal",
                "Viktor Petrov",
                "2026-12-09",
                "by Wednesday night",
                ("intake", "form"),
            ),
            Action(
                "email a receipt showing the reversed fee",
                "Shira Goldberg",
                None,
                None,
                ("receipt", "email"),
            ),
        ],
        script="""
A: Align Spine and Wellness, this is [person_name:Shira].
C: Yeah, hi. I got charged a no-show fee for Wednesday, and I cancelled that appointment. I left a voicemail. {neg}
A: Oh, I'm sorry. Can I have your name and date of birth?
C: [person_name:Viktor Petrov], [date_of_birth:the twenty-third of January, nineteen seventy-five]. {neu}
A: Thanks. And your patient ID, if it's handy?
C: Hang on... [member_id:A S W dash oh oh four four nine one]. {neu}
A: Got it. I see the <amount:forty dollar> fee, invoice <invoice:eight eight two one seven>. There's no cancellation note, but our voicemail was down part of last week.
C: So I'm paying for your broken voicemail. Great. {neg}
A: No, you're not. I'm reversing it, it'll be credited back by end of day today.
C: Okay. Thank you, I appreciate that. {pos}
A: You still have <quantity:six visits> on your care plan. Want to rebook?
C: Yes, please. My back's been killing me since I missed it. {neg}
A: I have <date:Thursday the tenth> at <time:four fifteen> with Dr. [person_name:Lindqvist].
C: <time:Four fifteen> works. {neu}
A: She also asked about your MRI. Did you get the disc from imaging?
C: I did, I picked it up Tuesday. {neu}
A: Could you please bring it on Thursday? She'll go through it before Friday and call you if the plan changes.
C: Sure, I'll bring it. Oh, and I have a new HSA card, the old one expired. {neu}
A: Go ahead whenever you're ready.
C: [card_number:Four four seven three, oh one two eight, eight six six five, two nine one four], expiry [card_expiry:ten, twenty-nine]. {neu}
A: [card_number:Four four seven three, oh one two eight, eight six six five, two nine one four], [card_expiry:ten twenty-nine]. And the code on the back?
C: [card_security_code:Five five one]. {neu}
A: Thanks. Your copay stays <amount:twenty-five dollars> a visit.
C: Okay. Um, I also moved. Do you need the new address? {neu}
A: Yes, please.
C: [address:Nine oh seven Larkspur Lane, unit fourteen, Boise], [zip:eight three seven oh six]. {neu}
A: [address:Nine oh seven Larkspur Lane, unit fourteen]. Is the phone still [phone:two oh eight, three one one, five oh four six]?
C: Yes, that's right. {neu}
A: Patients who move also need the new intake form. You'll need to fill it out on the portal by Wednesday night.
C: Another form. Sure, why not. {neg}
A: I know, sorry. If you ever want a massage add-on, you could book one the same day.
C: No, I'm good, just the adjustment. {neu}
A: And I'll email you a receipt showing the reversed fee. Which email?
C: [email:v petrov seventy-five at protonmail dot com]. {neu}
A: [email:V petrov seventy-five at protonmail dot com]. Our direct line is <phone_business:two oh eight, five five five, oh one four two>.
C: Great. Thanks, [person_name:Shira], this went better than I expected. {pos}
A: See you Thursday, Mr. [person_name:Petrov].
""",
    ),
    CallScript(
        id="13t02-carpet-cleaning",
        trade="carpet and upholstery cleaning",
        company="FreshFiber Carpet Care",
        agent="Aroha Ngata",
        customer="Patrick Donnelly",
        agent_voice="hibari:156",
        customer_voice="festival:kal_diphone:120",
        noise_db=15.0,
        reason="A customer whose carpet-cleaning crew never showed up yesterday wants to rebook before his in-laws arrive, with a wine stain and pet odour to treat.",
        outcome="Rebooked for Tuesday between one and three at twenty percent off with free odour treatment and a card to hold the slot; the supervisor to call this afternoon and the revised quote e-mailed within the hour; the sofa declined.",
        actions=[
            Action(
                "call the customer to apologise",
                "Mateus Oliveira",
                "2026-12-06",
                "this afternoon",
                ("call", "apologise"),
            ),
            Action(
                "text the customer when twenty minutes out",
                "Dmitri",
                "2026-12-08",
                "on Tuesday",
                ("text", "minutes out"),
            ),
            Action(
                "clear fragile items off the shelves",
                "Patrick Donnelly",
                "2026-12-07",
                "Monday night",
                ("fragile", "clear", "shelves"),
            ),
            Action(
                "take the dog to his place for the cleaning",
                "Liam",
                "2026-12-08",
                "on Tuesday",
                ("dog",),
            ),
            Action(
                "email the revised quote",
                "Aroha Ngata",
                "2026-12-06",
                "within the hour",
                ("quote", "email"),
            ),
        ],
        script="""
A: FreshFiber Carpet Care, this is [person_name:Aroha].
C: Hi. Your crew was due at my house yesterday morning. Nobody came, nobody called. {neg}
A: Oh no, I'm so sorry. The name on the booking?
C: [person_name:Patrick Donnelly], [person_name:D O N N E L L Y]. {neu}
A: Thanks, [person_name:Patrick]. Booking <booking:F F nine one oh three six>. The van broke down, and nobody rang you. That's on us.
C: Oh, brilliant. I took the morning off for that. {neg}
A: I understand. I'm gonna have our supervisor, [person_name:Mateus Oliveira], call you this afternoon to apologise.
C: I don't need an apology, I need clean carpets. My in-laws arrive on <date:the twelfth>. {neg}
A: Fair enough. I can do <date:Tuesday the eighth>, between <time:one and three>, with <amount:twenty percent> off.
C: Tuesday works. What was the price again? {neu}
A: <amount:Two eighty-nine> for <quantity:three bedrooms> and the hall, so <amount:two thirty-one twenty> with the discount.
C: Okay, that's fair. Thanks. {pos}
A: You mentioned a wine stain?
C: Red wine on the rug, and, um, the dog's had a few accidents. {neu}
A: I'll add the pet odour treatment at no charge. Your crew lead on Tuesday is [person_name:Dmitri], he'll text you when he's twenty minutes out. They move the big furniture, but you'll need to clear anything fragile off the shelves before Tuesday.
C: Sure, I'll do that Monday night. And my son [person_name:Liam] will take the dog to his place on Tuesday. {neu}
A: Perfect. The address is [address:forty-two seventy Granville Street, unit twelve, Vancouver]?
C: That's it. Postal code [zip:V six H, three B one]. {neu}
A: And to hold the slot, I'll need a card.
C: Sure. [card_number:Five one nine two, oh three three eight, four four one six, seven seven two oh]. {neu}
A: Expiry?
C: [card_expiry:Oh two, twenty-eight], and the code's [card_security_code:nine three four]. {neu}
A: Thanks, ending [card_number:seven seven two oh], expiring [card_expiry:February twenty-eight]. We only charge it on the day.
C: And can you send the new quote in writing? After yesterday, I'd like it on paper. {neg}
A: Of course. I'll email the revised quote within the hour. Your email?
C: [email:paddy dot donnelly sixty-one at shaw dot ca]. {neu}
A: [email:Paddy dot donnelly sixty-one at shaw dot ca]. And a mobile for [person_name:Dmitri]?
C: [phone:Six oh four, seven seven one, oh eight oh nine, sorry, oh eight nine oh]. {neu}
A: [phone:Six oh four, seven seven one, oh eight nine oh].
C: Could they do the sofa too? It's, um, a bit grim. {neu}
A: Sure, for another <amount:sixty-five dollars>. Shall I add it?
C: No, that's fine, leave the sofa. {neu}
A: Understood. Normally we send a survey afterwards.
C: Ha. If they actually show up, I'll fill it in. {neg}
A: They'll be there, I promise. Our direct line is <phone_business:six oh four, five five five, oh one seven three>.
C: Okay. Thanks, [person_name:Aroha], you've been decent about it. {pos}
A: Thanks for your patience, [person_name:Patrick].
""",
    ),
    CallScript(
        id="13t03-auto-body",
        trade="auto body collision repair",
        company="Precision Collision Center",
        agent="Javier Morales",
        customer="Emily Nakamura",
        agent_voice="espeak:en-us+klatt:140:42",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=18.0,
        reason="A customer whose car is in for a rear-end collision repair calls about a parts delay, her rental running out and a supplemental insurance claim.",
        outcome="Completion moved to the seventeenth; the shop extends the rental tomorrow, the estimator sends frame photos and the adjuster approves the supplement by Wednesday; she signs the authorization tonight, paid the deductible by card, and collects the child seat before Friday.",
        actions=[
            Action(
                "approve the supplement",
                "Priya Raman",
                "2026-12-09",
                "by Wednesday",
                ("approve", "supplement"),
            ),
            Action(
                "send the frame photos to the adjuster",
                "Hamid",
                "2026-12-07",
                "by end of day tomorrow",
                ("photos",),
            ),
            Action(
                "call the rental company and extend the rental",
                "Javier Morales",
                "2026-12-07",
                "tomorrow",
                ("rental", "extend"),
            ),
            Action(
                "sign the supplement authorization",
                "Emily Nakamura",
                "2026-12-06",
                "tonight",
                ("sign", "authorization"),
            ),
            Action(
                "collect the child seat from the car",
                "Emily Nakamura",
                "2026-12-11",
                "before Friday",
                ("child seat", "seat"),
            ),
        ],
        script="""
A: Precision Collision, [person_name:Javier] speaking.
C: Hi, [person_name:Javier], it's [person_name:Emily Nakamura], about my Camry, the rear-end job. {neu}
A: Hi, [person_name:Emily]. Let me pull up repair order <repair_order:four four six two one>. Um, I was going to call you tomorrow.
C: That doesn't sound good. {neg}
A: The rear bumper reinforcement is back-ordered. The supplier says <date:the fourteenth>, so we're looking at finishing on <date:the seventeenth>.
C: <date:The seventeenth>? Great, another week and a half without my car. {neg}
A: I know, I'm sorry. We also found some frame damage, so we need a supplement from your insurer, about <amount:eleven hundred forty dollars>.
C: Please tell me that's not on me. {neg}
A: No, it's covered. Your deductible stays <amount:five hundred>. I spoke with your adjuster, [person_name:Priya Raman], on Friday, and she'll approve the supplement by Wednesday once she sees photos.
C: Did you send her the photos already? {neu}
A: Not yet. I'm gonna have [person_name:Hamid], our estimator, send her the frame photos by end of day tomorrow.
C: Okay. And my rental? It's due back Tuesday. {neu}
A: I'll call the rental company tomorrow and extend it through <date:the eighteenth>. Your insurer covers <amount:forty-five dollars> a day.
C: Please do. I've got two kids to drive around, I can't be without a car. {neg}
A: Which branch is it?
C: The one on Colfax. Agreement number <rental_agreement:seven one oh two two five eight>. {neu}
A: Thanks. I've just sent you the supplement authorization. It went to [email:e nakamura eighty-four at comcast dot net]?
C: Yes, I see it. I'll sign it tonight after the kids are in bed. {neu}
A: And, um, you left a child seat in the back. Could you please come get it before Friday? We need the back cleared for the frame rack.
C: Oh my gosh, I've been looking everywhere for that! Yes, I'll come by. {pos}
A: We close at five on weekdays. For the deductible, now or at pickup?
C: Now, so it's done. [card_number:Four nine one six, three oh seven two, two four five eight, one one six three]. {neu}
A: Expiry?
C: [card_expiry:Oh six, twenty-seven]. {neu}
A: And the security code?
C: [card_security_code:Seven four seven]. {neu}
A: [card_security_code:Seven four seven], thanks. That's <amount:five hundred dollars> charged, receipt number <receipt:three nine one eight eight>.
C: Got it. {neu}
A: Let me confirm your cell, [phone:seven two oh, four one five, two two six eight]?
C: Yes, that's me. {neu}
A: If you ever need to, you could ask your insurer about a diminished value claim, but that's between you and them.
C: Hmm, I'll think about it. {neu}
A: And the lifetime warranty certificate comes with the car, we always include it.
C: Good to know. Thanks, [person_name:Javier], I appreciate you being upfront. {pos}
A: Of course, [person_name:Emily]. Talk soon.
""",
    ),
    CallScript(
        id="13t04-assisted-living",
        trade="assisted living admissions",
        company="Willowbrook Assisted Living",
        agent="Thandiwe Dlamini",
        customer="Daniel Okafor",
        agent_voice="hibari:158:100",
        customer_voice="espeak:en-us:134:40",
        noise_db=16.0,
        reason="A son-in-law arranges his mother-in-law's move into assisted living after another fall: the nurse assessment, the suite, the deposit and the paperwork.",
        outcome="Nurse assessment set for Tuesday at ten; suite one fourteen already on hold until Friday; the community fee debited from his account on Monday; residency agreement e-mailed this afternoon; his wife sends the power of attorney tomorrow and the physician's form is due by the eighteenth.",
        actions=[
            Action(
                "do the nurse assessment visit",
                "Maribel Santos",
                "2026-12-08",
                "next Tuesday",
                ("assessment",),
            ),
            Action(
                "send the residency agreement",
                "Thandiwe Dlamini",
                "2026-12-06",
                "this afternoon",
                ("agreement", "residency"),
            ),
            Action(
                "scan and email the power of attorney",
                "Carmen",
                "2026-12-07",
                "tomorrow",
                ("power of attorney", "scan"),
            ),
            Action(
                "get the physician's form with the TB test signed by her doctor",
                "Daniel Okafor",
                "2026-12-18",
                "by the eighteenth",
                ("physician", "form", "doctor"),
            ),
            Action(
                "have her medication list ready for the nurse",
                "Daniel Okafor",
                "2026-12-08",
                "on Tuesday",
                ("medication",),
            ),
        ],
        script="""
A: Willowbrook Assisted Living, admissions, [person_name:Thandiwe] speaking.
C: Hi, [person_name:Thandiwe], it's [person_name:Daniel Okafor]. We toured on Thursday, for my mother-in-law. {neu}
A: Oh yes, Mrs. [person_name:Fuentes]! How is she?
C: Honestly, not great. She fell again on Tuesday, so we'd like to move faster. {neg}
A: I'm so sorry. Our nurse, [person_name:Maribel Santos], can do her assessment next Tuesday at <time:ten a.m.>
C: Next Tuesday's fine. She's staying with us. {neu}
A: And that address?
C: [address:Sixty-eight Hawthorne Crescent, Raleigh], [zip:two seven six oh five]. {neu}
A: Her full name and date of birth?
C: [person_name:Gloria Fuentes], [person_name:F U E N T E S]. Born [date_of_birth:August fourth, nineteen thirty-nine]. {neu}
A: Her Medicare number?
C: [member_id:One E G four, T E five, M K seven three]. {neu}
A: [member_id:One E G four, T E five, M K seven three]. And her social, for the application?
C: [ssn:Two one nine, four four, six oh eight one]. {neu}
A: You liked suite <suite:one fourteen>, on the ground floor?
C: Yes! She loved the garden view. {pos}
A: I've put a hold on it until Friday.
C: Oh, what a relief. She's set her heart on that room. {pos}
A: The monthly rate is <amount:fifty-eight fifty>, and the community fee of <amount:twenty-five hundred> is the deposit.
C: That fee stings, honestly, on top of the first month. Can it come from my bank account? {neg}
A: Sure, a one-time debit. Routing number?
C: [routing_number:Oh five three, one oh one, one two one]. {neu}
A: And the account?
C: [bank_account:Seven seven oh four, one two six, nine eight three five, sorry, nine eight five three]. {neu}
A: [bank_account:Seven seven oh four, one two six, nine eight five three]. It goes out Monday, reference <reference:W B L two two oh four>.
C: Great. What else do you need from us? {neu}
A: The physician's form with a recent TB test, signed by her doctor by the eighteenth. And a copy of the power of attorney.
C: My wife, [person_name:Carmen], has the power of attorney, she'll scan and email it tomorrow. I'll take the form to Dr. [person_name:Whitfield]. {neu}
A: Perfect. Where should the residency agreement go?
C: To [person_name:Carmen], she does the paperwork. [email:carmen dot okafor sixty-six at gmail dot com]. {neu}
A: [email:Carmen dot okafor sixty-six at gmail dot com]. I'll send it this afternoon. It's <quantity:twenty pages>, so no rush. And a phone for [person_name:Maribel] to confirm Tuesday?
C: My cell, [phone:nine one nine, double four two, oh seven one six]. {neu}
A: [phone:Nine one nine, four four two, oh seven one six]. Make sure you have her medication list ready for [person_name:Maribel] on Tuesday.
C: Will do. {neu}
A: Move-in would be <date:January fourth>. If you wanted, she could come for lunch before then.
C: That's kind, but she tires quickly. {neu}
A: Of course. We send every new resident a welcome pack, too.
C: Thank you, [person_name:Thandiwe], you've made a hard week a little easier. {pos}
A: You're very welcome, [person_name:Daniel]. Give [person_name:Gloria] our best.
""",
    ),
    CallScript(
        id="13t05-tent-hire",
        trade="party and event tent hire",
        company="Canopy Event Hire",
        agent="Wen Zhao",
        customer="Siobhan Gallagher",
        agent_voice="festival:kal_diphone:-100",
        customer_voice="hibari:161",
        noise_db=17.0,
        reason="A customer in Dublin planning her husband's fortieth on the nineteenth hires a heated marquee for eighty guests.",
        outcome="A twenty-by-forty marquee with three heaters booked and the deposit paid by card; the site survey set for Wednesday, her IBAN taken for the damage-deposit refund, the contract e-mailed by end of day; her husband measures the garden tonight and the final headcount is due by the fifteenth.",
        actions=[
            Action(
                "do the site survey",
                "Marek",
                "2026-12-09",
                "on Wednesday",
                ("survey",),
            ),
            Action(
                "flag the sprinkler heads",
                "Siobhan Gallagher",
                "2026-12-09",
                "before Wednesday",
                ("sprinkler", "flag"),
            ),
            Action(
                "email the contract",
                "Wen Zhao",
                "2026-12-06",
                "by end of day",
                ("contract",),
            ),
            Action(
                "measure the garden and text the exact size",
                "Declan",
                "2026-12-06",
                "tonight",
                ("measure", "garden"),
            ),
            Action(
                "give the final headcount",
                "Siobhan Gallagher",
                "2026-12-15",
                "by the fifteenth",
                ("headcount",),
            ),
        ],
        script="""
A: Canopy Event Hire, [person_name:Wen] speaking.
C: Hiya. I'm looking to hire a marquee for my husband's fortieth. The first place I rang never rang me back. {neg}
A: Sorry about that. What date?
C: <date:Saturday the nineteenth>. I know it's short notice. {neu}
A: It's tight, but we've stock. How many guests?
C: About <quantity:eighty>, give or take. {neu}
A: Then you'd want our <size:twenty by forty> marquee, with <quantity:three> heaters in December.
C: Heaters, yes, it'll be freezing. What does that come to? {neu}
A: <amount:One thousand two hundred thirty-five euro> with setup. The deposit is <amount:three hundred>.
C: Oh, that's less than I feared. {pos}
A: Your name?
C: [person_name:Siobhan Gallagher]. That's [person_name:S I O B H A N]. {neu}
A: Thanks, [person_name:Siobhan]. And where's the party?
C: At home, [address:fourteen Ashgrove Terrace, Rathfarnham], Eircode [zip:D one four, X K seven nine]. {neu}
A: We'll need a site survey first. [person_name:Marek], our surveyor, can come out on Wednesday.
C: Grand. There's a sprinkler system in the lawn, though. {neu}
A: Then you'll need to flag the sprinkler heads before Wednesday, so we don't drive a stake through one.
C: Ugh, the lawn's a mud bath right now. Fine, I'll do it. {neg}
A: After the party we refund a <amount:two hundred euro> damage deposit, so I'll need your IBAN.
C: [iban:I E six four, B O F I, nine oh five eight, three eight one two, three four five six, seven two]. {neu}
A: Reading back: [iban:I E six four, B O F I, nine oh five eight, three eight one two, three four five six, seven two].
C: Perfect. And I'll pay the <amount:three hundred> by card now. {neu}
A: Go ahead.
C: [card_number:Four five six eight, one nine oh two, seven three three one, oh six four four]. Expires [card_expiry:July twenty-eight], code [card_security_code:three five nine]. {neu}
A: Thanks, that's gone through. Order number <order:four one seven seven two>, and I'll email you the contract by end of day.
C: Brilliant. My husband [person_name:Declan] says he'll measure the garden tonight and text you the exact size. {pos}
A: Great. Text it to <phone_business:oh one, four nine oh, two two one seven>. And your mobile, in case [person_name:Marek] gets lost?
C: [phone:Oh eight seven, six six two, one nine oh three]. {neu}
A: [phone:Oh eight seven, double six two, one nine oh three]. And your email?
C: [email:siobhan dot g eighty-six at eir dot ie]. {neu}
A: I'll also need the final headcount by the fifteenth, for the tables.
C: Will do. Do you do tables and chairs too? {neu}
A: Ten round tables with chairs is <amount:two hundred and forty>.
C: No, that's fine, my sister's lending us hers. Setup's the morning of, yeah? {neu}
A: The day before, <date:Friday the eighteenth>, from <time:eight a.m.> We usually take it down the Monday after.
C: Amazing. Honestly, you've taken a weight off my mind. Thanks, [person_name:Wen]. {pos}
A: Not at all, [person_name:Siobhan]. Enjoy the party!
""",
    ),
    CallScript(
        id="13t06-water-softener",
        trade="water softener and filtration service",
        company="PureFlow Water Systems",
        agent="Ravi Subramanian",
        customer="Hannah Schreiber",
        agent_voice="espeak:en-us+klatt:136:52",
        customer_voice="festival:cmu_us_slt_arctic_hts:-120",
        noise_db=19.0,
        reason="A customer whose water softener is leaking onto the basement floor needs a service visit and finds her maintenance plan has lapsed.",
        outcome="Plan renewed by bank debit and the visit covered; technician booked for Thursday morning; she turns the bypass valve tonight and texts a photo of the label; the invoice e-mailed this afternoon and free filter cartridges shipped tomorrow.",
        actions=[
            Action(
                "turn the bypass valve",
                "Hannah Schreiber",
                "2026-12-06",
                "tonight",
                ("bypass", "valve", "lever"),
            ),
            Action(
                "come out to fix the leaking softener",
                "Eduardo Reyes",
                "2026-12-10",
                "Thursday morning",
                ("come", "visit", "technician"),
            ),
            Action(
                "email the renewal invoice",
                "Ravi Subramanian",
                "2026-12-06",
                "this afternoon",
                ("invoice",),
            ),
            Action(
                "ship a two-pack of filter cartridges",
                "Ravi Subramanian",
                "2026-12-07",
                "tomorrow",
                ("ship", "cartridge", "two-pack"),
            ),
            Action(
                "text a photo of the softener's model and serial label",
                "Hannah Schreiber",
                None,
                None,
                ("photo", "label", "serial"),
            ),
        ],
        script="""
A: PureFlow Water Systems, this is [person_name:Ravi].
C: Hi, [person_name:Ravi]. Um, my water softener is leaking all over the basement floor. {neg}
A: Oh no. A lot of water, or a drip?
C: A puddle. I've put a bucket under it. {neu}
A: Okay. For tonight, make sure you turn the bypass valve, the blue lever on the back.
C: The blue lever. Okay, I'll do that right after this call. {neu}
A: Your name and address?
C: [person_name:Hannah Schreiber], [address:five twenty-nine Birchwood Drive, Madison], [zip:five three seven one one]. {neu}
A: Thanks, Ms. [person_name:Schreiber]. You're on our annual plan, account [member_id:P F W dash three three eight oh nine], but it lapsed on <date:November thirtieth>.
C: Oh, nobody told me. I never got a renewal notice. {neg}
A: It went by email, so maybe spam. The renewal is <amount:one hundred sixty-nine dollars> a year, and it covers this visit.
C: Oh, good, so the visit's covered? Then yes, let's renew. {pos}
A: Our technician, [person_name:Eduardo Reyes], can come Thursday morning, between <time:eight and eleven>.
C: Thursday? Not sooner? I'll have a bucket in my basement until then. {neg}
A: I'm sorry, that's the first slot. With the bypass on, it shouldn't leak any more.
C: Okay, fine. {neu}
A: How would you like to pay the renewal?
C: From my checking, like last year. {neu}
A: The details were removed when the plan lapsed. Routing number?
C: [routing_number:Oh seven five, nine one one, seven four two]. {neu}
A: And the account?
C: [bank_account:Three one four, five nine two six, six oh]. {neu}
A: [bank_account:Three one four, five nine two six, six oh]. And your date of birth, to confirm it's your account?
C: [date_of_birth:The eleventh of November, nineteen sixty-eight]. {neu}
A: Thanks. That's set up, confirmation <confirmation:seven seven three one oh>. I'll email you the invoice this afternoon.
C: Same email, [email:hannah dot schreiber at tds dot net]. {neu}
A: Yes, that's the one. Also, your filter cartridges are overdue.
C: Oh, I thought I ordered those last week. Did that not go through? {neu}
A: It didn't, the lapsed plan blocked it. I'll ship you a <quantity:two-pack> tomorrow, no charge.
C: Oh, nice, thank you. {pos}
A: Could you text us a photo of the model and serial label? So [person_name:Eduardo] brings the right parts.
C: Sure, what number? {neu}
A: <phone_business:Six oh eight, five five five, oh one six seven>.
C: <phone_business:Six oh eight, five five five, oh one six seven>. Will do. {neu}
A: And the best number for [person_name:Eduardo] on Thursday?
C: My cell, [phone:four one four, two nine one, four three five two]. {neu}
A: [phone:Four one four, two nine one, four three five two]. We send a short survey after each visit, just so you know.
C: Fine. Honestly, thanks, [person_name:Ravi], I was panicking a bit when I called. {pos}
A: Glad we could help, Ms. [person_name:Schreiber]. Stay dry!
""",
    ),
]
