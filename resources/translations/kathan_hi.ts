<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
  <context>
    <name>Kathan</name>
    <message>
      <source>Agreement between annotators</source>
      <translation>एनोटेटरों के बीच सहमति</translation>
    </message>
    <message>
      <source>Save &amp;CSV…</source>
      <translation>CSV सहेजें… (&amp;C)</translation>
    </message>
    <message>
      <source>Save &amp;JSON…</source>
      <translation>JSON सहेजें… (&amp;J)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>बंद करें</translation>
    </message>
    <message>
      <source>{0} annotators ({1}), {2} documents with two or more layers</source>
      <translation>{0} एनोटेटर ({1}), दो या अधिक परतों वाले {2} दस्तावेज़</translation>
    </message>
    <message>
      <source>Welcome to Kathan</source>
      <translation>कथन में आपका स्वागत है</translation>
    </message>
    <message>
      <source>Cannot open project</source>
      <translation>परियोजना नहीं खुल सकी</translation>
    </message>
    <message>
      <source>Signing edits as {0} — File › Annotator… changes it</source>
      <translation>संपादन {0} के नाम से दर्ज हो रहे हैं — फ़ाइल › एनोटेटर… से बदलें</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>कॉपी करें</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>सब चुनें</translation>
    </message>
    <message>
      <source>that belongs to {0}'s layer; choose Team › Show layer › {1} to change it on purpose</source>
      <translation>यह {0} की परत का है; जान-बूझकर बदलने के लिए टीम › परत दिखाएँ › {1} चुनें</translation>
    </message>
    <message>
      <source>{0}'s layer is shown: new spans would not be yours; choose Team › Show layer › your own or gold</source>
      <translation>{0} की परत दिख रही है: नए स्पैन आपके नहीं होंगे; टीम › परत दिखाएँ › अपनी या gold चुनें</translation>
    </message>
    <message>
      <source>could not save the edit ({0}: {1}); nothing was changed</source>
      <translation>संपादन सहेजा नहीं जा सका ({0}: {1}); कुछ नहीं बदला</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>लेबल</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>पाठ</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>संबंध</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>शीर्ष</translation>
    </message>
    <message>
      <source>Tail</source>
      <translation>पुच्छ</translation>
    </message>
    <message>
      <source>Curation: settle the layers into gold</source>
      <translation>क्यूरेशन: परतों को gold में तय करें</translation>
    </message>
    <message>
      <source>Label the text selected in the gold pane, or relabel the gold span selected there</source>
      <translation>gold पट्टी में चुने पाठ को लेबल करें, या वहाँ चुने gold स्पैन का लेबल बदलें</translation>
    </message>
    <message>
      <source>&amp;Spans</source>
      <translation>स्पैन (&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Links</source>
      <translation>संबंध (&amp;L)</translation>
    </message>
    <message>
      <source>Only &amp;differences</source>
      <translation>केवल अंतर (&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Pre-merge (what all agree on)</source>
      <translation>पूर्व-विलय (जिस पर सब सहमत हैं) (&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Take into gold</source>
      <translation>gold में लें (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Merge into one gold span</source>
      <translation>एक gold स्पैन में मिलाएँ (&amp;M)</translation>
    </message>
    <message>
      <source>One gold span covering the chosen rows' text (Ctrl+click spans in the panes, or Shift/Ctrl in the list), labelled like the current row (Ctrl+M)</source>
      <translation>चुनी पंक्तियों का पाठ ढकने वाला एक gold स्पैन (पट्टियों में स्पैन पर Ctrl+क्लिक करें, या सूची में Shift/Ctrl से चुनें), लेबल वर्तमान पंक्ति जैसा (Ctrl+M)</translation>
    </message>
    <message>
      <source>&amp;Remove from gold</source>
      <translation>gold से हटाएँ (&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Edit gold in the window</source>
      <translation>gold को विंडो में बदलें (&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
      <source>No document is open</source>
      <translation>कोई दस्तावेज़ खुला नहीं है</translation>
    </message>
    <message>
      <source>gold · {0} spans · editable</source>
      <translation>gold · {0} स्पैन · संपादन योग्य</translation>
    </message>
    <message>
      <source>nothing to pre-merge: gold already holds everything all annotators agree on</source>
      <translation>पूर्व-विलय को कुछ नहीं: जिस पर सब सहमत हैं वह gold में पहले से है</translation>
    </message>
    <message>
      <source>gold already holds that</source>
      <translation>वह gold में पहले से है</translation>
    </message>
    <message>
      <source>choose the spans to merge first: Ctrl+click them in the panes, or select their rows</source>
      <translation>पहले मिलाने वाले स्पैन चुनें: पट्टियों में उन पर Ctrl+क्लिक करें, या उनकी पंक्तियाँ चुनें</translation>
    </message>
    <message>
      <source>none of the chosen rows is in gold</source>
      <translation>चुनी पंक्तियों में से कोई gold में नहीं है</translation>
    </message>
    <message>
      <source>select text (or a span) in the gold pane first</source>
      <translation>पहले gold पट्टी में पाठ (या कोई स्पैन) चुनें</translation>
    </message>
    <message>
      <source>{0}: {1} layers ({2}), {3} distinct spans, {4} not agreed by all (framed in the panes, tinted in the list), {5} links not drawn alike. Click a span to take it into gold; Ctrl+click spans, then Ctrl+M merges them.</source>
      <translation>{0}: {1} परतें ({2}), {3} अलग स्पैन, {4} पर सब सहमत नहीं (पट्टियों में घेरे हुए, सूची में रंगे हुए), {5} संबंध सबने एक-से नहीं खींचे। किसी स्पैन पर क्लिक करने से वह gold में आता है; स्पैन पर Ctrl+क्लिक करें, फिर Ctrl+M उन्हें मिलाता है।</translation>
    </message>
    <message>
      <source>{0} · {1} spans · read-only</source>
      <translation>{0} · {1} स्पैन · केवल पढ़ने हेतु</translation>
    </message>
    <message>
      <source>Merge {0} spans into gold as {1}</source>
      <translation>{0} स्पैन gold में {1} के रूप में मिलाएँ</translation>
    </message>
    <message>
      <source>{0} (Ctrl+Z undoes it)</source>
      <translation>{0} (Ctrl+Z इसे पलटता है)</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>यहाँ निर्यात करें</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>खोजें… (&amp;B)</translation>
    </message>
    <message>
      <source>Include open &amp;suggestions (as spans of origin “suggested”)</source>
      <translation>खुले सुझाव भी शामिल करें (मूल “suggested” वाले स्पैन के रूप में) (&amp;S)</translation>
    </message>
    <message>
      <source>Export &amp;to</source>
      <translation>निर्यात स्थान (&amp;T)</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>दस्तावेज़</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>निर्यात (&amp;E)</translation>
    </message>
    <message>
      <source>A new or empty folder</source>
      <translation>नया या खाली फ़ोल्डर</translation>
    </message>
    <message>
      <source>A file</source>
      <translation>एक फ़ाइल</translation>
    </message>
    <message>
      <source>&amp;This document</source>
      <translation>यह दस्तावेज़ (&amp;T)</translation>
    </message>
    <message>
      <source>Documents marked &amp;done</source>
      <translation>“पूर्ण” चिह्नित दस्तावेज़ (&amp;D)</translation>
    </message>
    <message>
      <source>&amp;All documents</source>
      <translation>सभी दस्तावेज़ (&amp;A)</translation>
    </message>
    <message>
      <source>Export {0}</source>
      <translation>{0} निर्यात</translation>
    </message>
    <message>
      <source>Replace files?</source>
      <translation>फ़ाइलें बदलें?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>बदलें</translation>
    </message>
    <message>
      <source>Add them to the schema and import</source>
      <translation>उन्हें स्कीमा में जोड़ें और आयात करें</translation>
    </message>
    <message>
      <source>No document is marked done: nothing was exported</source>
      <translation>कोई दस्तावेज़ “पूर्ण” चिह्नित नहीं है: कुछ निर्यात नहीं हुआ</translation>
    </message>
    <message>
      <source>{0} holds {1} file{2} that are not an earlier Kathan export of this project. The export would replace them or mix with them.</source>
      <translation>{0} में {1} फ़ाइलें हैं जो इस परियोजना का पिछला कथन निर्यात नहीं हैं। निर्यात उन्हें बदल देगा या उनमें मिल जाएगा।</translation>
    </message>
    <message>
      <source>Export cancelled: nothing was written</source>
      <translation>निर्यात रद्द: कुछ नहीं लिखा गया</translation>
    </message>
    <message>
      <source>{0} cancelled</source>
      <translation>{0} रद्द</translation>
    </message>
    <message>
      <source>(default)</source>
      <translation>(डिफ़ॉल्ट)</translation>
    </message>
    <message>
      <source>Each file of the folder is detected by its content when importing.</source>
      <translation>आयात करते समय फ़ोल्डर की हर फ़ाइल का प्रारूप उसकी सामग्री से पहचाना जाता है।</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>आयात</translation>
    </message>
    <message>
      <source>Detect by content</source>
      <translation>सामग्री से पहचानें</translation>
    </message>
    <message>
      <source>Spans and relations whose file names no annotator go to this annotator's layer.</source>
      <translation>जिन स्पैन और संबंधों की फ़ाइल किसी एनोटेटर का नाम नहीं देती, वे इस एनोटेटर की परत में जाते हैं।</translation>
    </message>
    <message>
      <source>&amp;Replace a layer the project already holds for the same text</source>
      <translation>इसी पाठ के लिए परियोजना में पहले से मौजूद परत को &amp;बदलें</translation>
    </message>
    <message>
      <source>&amp;Follow links that lead out of an imported folder</source>
      <translation>आयातित फ़ोल्डर से बाहर जाने वाले लिंक का &amp;अनुसरण करें</translation>
    </message>
    <message>
      <source>&amp;Add labels, relation types and attributes the schema lacks</source>
      <translation>स्कीमा में न मौजूद लेबल, संबंध प्रकार और गुण &amp;जोड़ें</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>फ़ाइलें</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;प्रारूप</translation>
    </message>
    <message>
      <source>&amp;Layer</source>
      <translation>&amp;परत</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;आयात करें</translation>
    </message>
    <message>
      <source>Detected: {0}</source>
      <translation>पहचाना गया: {0}</translation>
    </message>
    <message>
      <source> and {0} more</source>
      <translation> और {0} अन्य</translation>
    </message>
    <message>
      <source>model: not trained yet</source>
      <translation>मॉडल: अभी प्रशिक्षित नहीं</translation>
    </message>
    <message>
      <source>model: learning from the annotations…</source>
      <translation>मॉडल: एनोटेशन से सीख रहा है…</translation>
    </message>
    <message>
      <source>model: stopping the training…</source>
      <translation>मॉडल: प्रशिक्षण रोका जा रहा है…</translation>
    </message>
    <message>
      <source>model: nothing to learn from yet (annotate or review a document)</source>
      <translation>मॉडल: अभी सीखने को कुछ नहीं (कोई दस्तावेज़ एनोटेट या समीक्षा करें)</translation>
    </message>
    <message>
      <source>model: trained on {0} documents</source>
      <translation>मॉडल: {0} दस्तावेज़ों पर प्रशिक्षित</translation>
    </message>
    <message>
      <source>model: up to date, {0} documents</source>
      <translation>मॉडल: अद्यतन, {0} दस्तावेज़</translation>
    </message>
    <message>
      <source>model: training stopped; the model is as it was</source>
      <translation>मॉडल: प्रशिक्षण रोका गया; मॉडल पहले जैसा है</translation>
    </message>
    <message>
      <source>model: training failed ({0})</source>
      <translation>मॉडल: प्रशिक्षण विफल ({0})</translation>
    </message>
    <message>
      <source> · learned wins {0}</source>
      <translation> · सीखा मॉडल जीता: {0}</translation>
    </message>
    <message>
      <source>&amp;Link selected span…</source>
      <translation>चुने स्पैन को जोड़ें… (&amp;L)</translation>
    </message>
    <message>
      <source>Link to &amp;nearby span…</source>
      <translation>पास के स्पैन से जोड़ें… (&amp;N)</translation>
    </message>
    <message>
      <source>That span cannot be linked to the selected one</source>
      <translation>वह स्पैन चुने हुए स्पैन से जोड़ा नहीं जा सकता</translation>
    </message>
    <message>
      <source>Select a span (a QUOTE) first, then press R and click its partner</source>
      <translation>पहले एक स्पैन (उद्धरण) चुनें, फिर R दबाकर उसके साथी पर क्लिक करें</translation>
    </message>
    <message>
      <source>Select a span first</source>
      <translation>पहले एक स्पैन चुनें</translation>
    </message>
    <message>
      <source>Click the partner of this {0} (Esc cancels; Shift+R lists nearby)</source>
      <translation>इस {0} के साथी पर क्लिक करें (Esc रद्द करता है; Shift+R पास वाले दिखाता है)</translation>
    </message>
    <message>
      <source>No span in this document can be linked to this {0}</source>
      <translation>इस दस्तावेज़ का कोई स्पैन इस {0} से नहीं जुड़ सकता</translation>
    </message>
    <message>
      <source>Linked: {0}</source>
      <translation>जोड़ा गया: {0}</translation>
    </message>
    <message>
      <source>&amp;{0}  {1} → {2} {3}</source>
      <translation>&amp;{0}  {1} → {2} {3}</translation>
    </message>
    <message>
      <source>Annotator</source>
      <translation>एनोटेटर</translation>
    </message>
    <message>
      <source>Your name (every mark you make is signed with it):</source>
      <translation>आपका नाम (आपका हर चिह्न इसी नाम से दर्ज होगा):</translation>
    </message>
    <message>
      <source>Span</source>
      <translation>स्पैन</translation>
    </message>
    <message>
      <source>Spans</source>
      <translation>स्पैन सूची</translation>
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation>नई परियोजना… (&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>परियोजना खोलें… (&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Import files…</source>
      <translation>फ़ाइलें आयात करें… (&amp;I)</translation>
    </message>
    <message>
      <source>Import &amp;folder…</source>
      <translation>फ़ोल्डर आयात करें… (&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Annotator…</source>
      <translation>एनोटेटर… (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>खोजें… (&amp;F)</translation>
    </message>
    <message>
      <source>Set span to &amp;selection</source>
      <translation>स्पैन को चयन जितना करें (&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Take selection out of span</source>
      <translation>चयन को स्पैन से निकालें (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Join fragments</source>
      <translation>टुकड़े जोड़ें (&amp;J)</translation>
    </message>
    <message>
      <source>Edit span &amp;details</source>
      <translation>स्पैन का विवरण बदलें (&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Next document</source>
      <translation>अगला दस्तावेज़ (&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Previous document</source>
      <translation>पिछला दस्तावेज़ (&amp;P)</translation>
    </message>
    <message>
      <source>Cycle document &amp;status</source>
      <translation>दस्तावेज़ की स्थिति बदलें (&amp;S)</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>बड़ा करें (&amp;I)</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>छोटा करें (&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation>सामान्य आकार (&amp;R)</translation>
    </message>
    <message>
      <source>Snap selection to whole &amp;tokens</source>
      <translation>चयन पूरे शब्दों तक फैलाएँ (&amp;T)</translation>
    </message>
    <message>
      <source>Show &amp;label names</source>
      <translation>लेबल के नाम दिखाएँ (&amp;L)</translation>
    </message>
    <message>
      <source>Show all relation &amp;arcs</source>
      <translation>सभी संबंध-चाप दिखाएँ (&amp;A)</translation>
    </message>
    <message>
      <source>Compact &amp;Urdu font (Naskh) for this project</source>
      <translation>इस परियोजना के लिए सघन उर्दू फ़ॉन्ट (नस्ख़) (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
      <source>&amp;About Kathan</source>
      <translation>कथन के बारे में (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>हाल की परियोजनाएँ (&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Label</source>
      <translation>लेबल (&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Document</source>
      <translation>दस्तावेज़ (&amp;D)</translation>
    </message>
    <message>
      <source>S&amp;uggestions</source>
      <translation>सुझाव (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
      <source>About Kathan</source>
      <translation>कथन के बारे में</translation>
    </message>
    <message>
      <source>&lt;b&gt;Kathan&lt;/b&gt; (कथन): an annotation workbench for attribution in news.&lt;br&gt;Every edit is saved the moment you make it.</source>
      <translation>&lt;b&gt;कथन&lt;/b&gt;: समाचारों में कथन-श्रेय (किसने क्या कहा) के एनोटेशन का कार्यक्षेत्र।&lt;br&gt;हर संपादन उसी क्षण सहेजा जाता है।</translation>
    </message>
    <message>
      <source>no project</source>
      <translation>कोई परियोजना नहीं</translation>
    </message>
    <message>
      <source>Documents sorted by the mean confidence of their open suggestions, lowest first</source>
      <translation>दस्तावेज़ खुले सुझावों के औसत विश्वास से क्रमबद्ध, सबसे कम पहले</translation>
    </message>
    <message>
      <source>Go to &amp;documents</source>
      <translation>दस्तावेज़ों पर जाएँ (&amp;D)</translation>
    </message>
    <message>
      <source>Go to &amp;article</source>
      <translation>लेख पर जाएँ (&amp;A)</translation>
    </message>
    <message>
      <source>Go to span &amp;table</source>
      <translation>स्पैन तालिका पर जाएँ (&amp;T)</translation>
    </message>
    <message>
      <source>Go to &amp;relations</source>
      <translation>संबंधों पर जाएँ (&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Team</source>
      <translation>टीम (&amp;T)</translation>
    </message>
    <message>
      <source>Select some text first, then press a label key</source>
      <translation>पहले कुछ पाठ चुनें, फिर लेबल की कुंजी दबाएँ</translation>
    </message>
    <message>
      <source>Select a span, then select its new extent and press Ctrl+E</source>
      <translation>एक स्पैन चुनें, फिर उसका नया विस्तार चुनकर Ctrl+E दबाएँ</translation>
    </message>
    <message>
      <source>Select a span, then select the text to take out of it and press Ctrl+Shift+E</source>
      <translation>एक स्पैन चुनें, फिर उससे निकालने वाला पाठ चुनकर Ctrl+Shift+E दबाएँ</translation>
    </message>
    <message>
      <source>That would leave the span empty: delete it instead (Delete)</source>
      <translation>इससे स्पैन खाली हो जाएगा: उसे हटा दें (Delete)</translation>
    </message>
    <message>
      <source>Select a span of several fragments to join them</source>
      <translation>जोड़ने के लिए कई टुकड़ों वाला स्पैन चुनें</translation>
    </message>
    <message>
      <source>Selections snap to whole tokens</source>
      <translation>चयन पूरे शब्दों तक फैलता है</translation>
    </message>
    <message>
      <source>Selections snap to grapheme clusters</source>
      <translation>चयन अक्षर-समूहों तक फैलता है</translation>
    </message>
    <message>
      <source>Reloaded: the project was changed elsewhere</source>
      <translation>फिर से लोड किया: परियोजना कहीं और बदली गई थी</translation>
    </message>
    <message>
      <source>The selection is not inside the selected span</source>
      <translation>चयन चुने हुए स्पैन के भीतर नहीं है</translation>
    </message>
    <message>
      <source>{0} — Kathan</source>
      <translation>{0} — कथन</translation>
    </message>
    <message>
      <source>{0} spans · {1} relations</source>
      <translation>{0} स्पैन · {1} संबंध</translation>
    </message>
    <message>
      <source>{0} suggestion{1} open</source>
      <translation>{0} सुझाव खुले</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(कोई नहीं)</translation>
    </message>
    <message>
      <source>{0}…</source>
      <translation>{0}…</translation>
    </message>
    <message>
      <source>(no export formats)</source>
      <translation>(कोई निर्यात प्रारूप नहीं)</translation>
    </message>
    <message>
      <source>The selection overlaps none of this {0}'s {1} fragments: nothing changed (Ctrl+drag adds a fragment, Ctrl+J joins them)</source>
      <translation>चयन इस {0} के {1} टुकड़ों में से किसी को नहीं छूता: कुछ नहीं बदला (Ctrl+खींचें टुकड़ा जोड़ता है, Ctrl+J उन्हें जोड़ता है)</translation>
    </message>
    <message>
      <source>Document {0} of {1}</source>
      <translation>दस्तावेज़ {0} / {1}</translation>
    </message>
    <message>
      <source>{0} documents</source>
      <translation>{0} दस्तावेज़</translation>
    </message>
    <message>
      <source> · layer: {0}</source>
      <translation> · परत: {0}</translation>
    </message>
    <message>
      <source>Annotator: {0}</source>
      <translation>एनोटेटर: {0}</translation>
    </message>
    <message>
      <source>Not done: {0}</source>
      <translation>नहीं हुआ: {0}</translation>
    </message>
    <message>
      <source>Waiting for another window or process to finish writing to the project ({0} s)…</source>
      <translation>प्रोजेक्ट में लिखना पूरा होने की प्रतीक्षा: कोई दूसरी विंडो या प्रक्रिया लिख रही है ({0} से.)…</translation>
    </message>
    <message>
      <source>Set {0} of {1} fragments to the selection; {2} kept</source>
      <translation>{1} में से {0} टुकड़े चयन जितने किए; {2} वैसे ही रखे</translation>
    </message>
    <message>
      <source>Edits are now signed {0}</source>
      <translation>अब संपादन {0} के नाम से दर्ज होंगे</translation>
    </message>
    <message>
      <source>new</source>
      <translation>नया</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>जारी</translation>
    </message>
    <message>
      <source>done</source>
      <translation>पूर्ण</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>शीर्षक</translation>
    </message>
    <message>
      <source>File</source>
      <translation>फ़ाइल</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>स्थिति</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>विश्वास</translation>
    </message>
    <message>
      <source>Filter by title, file or status…</source>
      <translation>शीर्षक, फ़ाइल या स्थिति से छाँटें…</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>लेबल</translation>
    </message>
    <message>
      <source>Label the selection {0}</source>
      <translation>चयन को {0} लेबल करें</translation>
    </message>
    <message>
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <source>Delete relation</source>
      <translation>संबंध हटाएँ</translation>
    </message>
    <message>
      <source>Find…</source>
      <translation>खोजें…</translation>
    </message>
    <message>
      <source>Whole words only (कहा does not find कहां)</source>
      <translation>केवल पूरे शब्द (कहा से कहां नहीं मिलेगा)</translation>
    </message>
    <message>
      <source>Regular expression</source>
      <translation>रेगुलर एक्सप्रेशन</translation>
    </message>
    <message>
      <source>क़≈क</source>
      <translation>क़≈क</translation>
    </message>
    <message>
      <source>Ignore nukta, nasal signs (ँ ं) and invisible marks</source>
      <translation>नुक़्ता, अनुनासिक चिह्न (ँ ं) और अदृश्य चिह्नों को अनदेखा करें</translation>
    </message>
    <message>
      <source>Ignore harakat: Arabic-script diacritics (zabar, zer, pesh, shadda…) may differ</source>
      <translation>हरकात अनदेखा करें: अरबी-लिपि के स्वर-चिह्न (ज़बर, ज़ेर, पेश, शद्दा…) अलग हो सकते हैं</translation>
    </message>
    <message>
      <source>Previous match (Shift+Enter)</source>
      <translation>पिछला मिलान (Shift+Enter)</translation>
    </message>
    <message>
      <source>Next match (Enter)</source>
      <translation>अगला मिलान (Enter)</translation>
    </message>
    <message>
      <source>Label for all matches</source>
      <translation>सभी मिलानों का लेबल</translation>
    </message>
    <message>
      <source>Label &amp;all…</source>
      <translation>सबको लेबल करें… (&amp;A)</translation>
    </message>
    <message>
      <source>Review the whole-word matches in a list, then label the checked ones</source>
      <translation>पूरे-शब्द मिलान सूची में देखें, फिर चुने हुओं को लेबल करें</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>बंद करें (Esc)</translation>
    </message>
    <message>
      <source>&amp;Whole words only</source>
      <translation>केवल पूरे शब्द (&amp;W)</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>मिलान</translation>
    </message>
    <message>
      <source>Find:</source>
      <translation>खोजें:</translation>
    </message>
    <message>
      <source>Label matches as {0}</source>
      <translation>मिलानों को {0} लेबल करें</translation>
    </message>
    <message>
      <source>Label {0} as {1}</source>
      <translation>{0} को {1} लेबल करें</translation>
    </message>
    <message>
      <source>no matches</source>
      <translation>कोई मिलान नहीं</translation>
    </message>
    <message>
      <source>{0} matches</source>
      <translation>{0} मिलान</translation>
    </message>
    <message>
      <source>{0} of {1}</source>
      <translation>{1} में से {0}</translation>
    </message>
    <message>
      <source>No span selected</source>
      <translation>कोई स्पैन नहीं चुना</translation>
    </message>
    <message>
      <source>Note (saved as you type)</source>
      <translation>टिप्पणी (लिखते ही सहेजी जाती है)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>टिप्पणी</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; · suggested by {1}&lt;br&gt;&lt;i&gt;{2}&lt;/i&gt;&lt;br&gt;{3}&lt;br&gt;Enter accepts · Delete rejects</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; · सुझावकर्ता {1}&lt;br&gt;&lt;i&gt;{2}&lt;/i&gt;&lt;br&gt;{3}&lt;br&gt;Enter स्वीकारता है · Delete अस्वीकारता है</translation>
    </message>
    <message>
      <source>{0}{1}</source>
      <translation>{0}{1}</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}&lt;br&gt;{3}</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}&lt;br&gt;{3}</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>आरंभ</translation>
    </message>
    <message>
      <source>Attributes</source>
      <translation>गुण</translation>
    </message>
    <message>
      <source>Relations</source>
      <translation>संबंध</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>स्रोत</translation>
    </message>
    <message>
      <source>Filter spans (text, label, attribute, annotator)…</source>
      <translation>स्पैन छाँटें (पाठ, लेबल, गुण, एनोटेटर)…</translation>
    </message>
    <message>
      <source>Drag</source>
      <translation>खींचें</translation>
    </message>
    <message>
      <source>select text (snaps to whole tokens)</source>
      <translation>पाठ चुनें (पूरे शब्दों तक फैलता है)</translation>
    </message>
    <message>
      <source>Shift+Arrows</source>
      <translation>Shift+तीर</translation>
    </message>
    <message>
      <source>extend the selection by grapheme cluster</source>
      <translation>चयन को एक अक्षर-समूह बढ़ाएँ</translation>
    </message>
    <message>
      <source>Ctrl+Shift+Arrows</source>
      <translation>Ctrl+Shift+तीर</translation>
    </message>
    <message>
      <source>extend the selection by token</source>
      <translation>चयन को एक शब्द बढ़ाएँ</translation>
    </message>
    <message>
      <source>Ctrl+Drag</source>
      <translation>Ctrl+खींचें</translation>
    </message>
    <message>
      <source>add a fragment to the selected span (discontinuous quote)</source>
      <translation>चुने स्पैन में टुकड़ा जोड़ें (असतत उद्धरण)</translation>
    </message>
    <message>
      <source>Drag an edge</source>
      <translation>किनारा खींचें</translation>
    </message>
    <message>
      <source>resize the selected span, or one of its fragments (snaps like a selection)</source>
      <translation>चुने स्पैन या उसके किसी टुकड़े का आकार बदलें (चयन की तरह फैलता है)</translation>
    </message>
    <message>
      <source>Click</source>
      <translation>क्लिक</translation>
    </message>
    <message>
      <source>select the span under the mouse; click again to cycle through stacked spans</source>
      <translation>माउस के नीचे का स्पैन चुनें; दोबारा क्लिक एक-दूसरे पर चढ़े स्पैन बारी-बारी चुनता है</translation>
    </message>
    <message>
      <source>Click a dashed outline</source>
      <translation>धराशायी रेखा पर क्लिक</translation>
    </message>
    <message>
      <source>select a suggestion: Enter accepts it, Delete rejects it</source>
      <translation>सुझाव चुनें: Enter स्वीकारता है, Delete अस्वीकारता है</translation>
    </message>
    <message>
      <source>R, then Click</source>
      <translation>R, फिर क्लिक</translation>
    </message>
    <message>
      <source>link the selected span to the clicked one (only allowed pairs light up)</source>
      <translation>चुने स्पैन को क्लिक किए स्पैन से जोड़ें (केवल अनुमत जोड़े चमकते हैं)</translation>
    </message>
    <message>
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <source>cancel linking; close the find bar</source>
      <translation>जोड़ना रद्द करें; खोज पट्टी बंद करें</translation>
    </message>
    <message>
      <source>Space (document list)</source>
      <translation>Space (दस्तावेज़ सूची)</translation>
    </message>
    <message>
      <source>cycle the document's status</source>
      <translation>दस्तावेज़ की स्थिति बदलें</translation>
    </message>
    <message>
      <source>Enter (tables)</source>
      <translation>Enter (तालिकाएँ)</translation>
    </message>
    <message>
      <source>jump to the document, span or relation</source>
      <translation>दस्तावेज़, स्पैन या संबंध पर जाएँ</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
      <source>In the article and lists</source>
      <translation>लेख और सूचियों में</translation>
    </message>
    <message>
      <source>Menu commands</source>
      <translation>मेनू आदेश</translation>
    </message>
    <message>
      <source>Rules and learned model (combined)</source>
      <translation>नियम और सीखा मॉडल (संयुक्त)</translation>
    </message>
    <message>
      <source>Learned from this project</source>
      <translation>इस प्रोजेक्ट से सीखा</translation>
    </message>
    <message>
      <source>Sort documents by &amp;most to learn</source>
      <translation>सबसे ज़्यादा सीखने योग्य के क्रम में दस्तावेज़ (&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Train the learned suggester now</source>
      <translation>सीखने वाले सुझावकर्ता को अभी प्रशिक्षित करें (&amp;T)</translation>
    </message>
    <message>
      <source>St&amp;op training</source>
      <translation>प्रशिक्षण रोकें (&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Suggest annotations</source>
      <translation>एनोटेशन सुझाएँ (&amp;S)</translation>
    </message>
    <message>
      <source>Suggest &amp;in all documents…</source>
      <translation>सभी दस्तावेज़ों में सुझाएँ… (&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Accept suggestion</source>
      <translation>सुझाव स्वीकारें (&amp;A)</translation>
    </message>
    <message>
      <source>Accept and &amp;edit suggestion</source>
      <translation>स्वीकारें और सुझाव बदलें (&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Reject suggestion</source>
      <translation>सुझाव अस्वीकारें (&amp;R)</translation>
    </message>
    <message>
      <source>Accept all in &amp;document</source>
      <translation>दस्तावेज़ में सब स्वीकारें (&amp;D)</translation>
    </message>
    <message>
      <source>Reject all in document</source>
      <translation>दस्तावेज़ में सब अस्वीकारें</translation>
    </message>
    <message>
      <source>&amp;Next suggestion</source>
      <translation>अगला सुझाव (&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Previous suggestion</source>
      <translation>पिछला सुझाव (&amp;P)</translation>
    </message>
    <message>
      <source>Suggeste&amp;r</source>
      <translation>सुझावकर्ता (&amp;R)</translation>
    </message>
    <message>
      <source>Suggest failed</source>
      <translation>सुझाव विफल</translation>
    </message>
    <message>
      <source>Suggesting failed.</source>
      <translation>सुझाव देना विफल रहा।</translation>
    </message>
    <message>
      <source>No open suggestions in this document (Ctrl+Shift+S suggests)</source>
      <translation>इस दस्तावेज़ में कोई खुला सुझाव नहीं (Ctrl+Shift+S सुझाता है)</translation>
    </message>
    <message>
      <source>Click a dashed suggestion (or press F8), then Enter accepts it</source>
      <translation>धराशायी सुझाव पर क्लिक करें (या F8 दबाएँ), फिर Enter उसे स्वीकारता है</translation>
    </message>
    <message>
      <source>Click a dashed suggestion (or press F8), then Delete rejects it</source>
      <translation>धराशायी सुझाव पर क्लिक करें (या F8 दबाएँ), फिर Delete उसे अस्वीकारता है</translation>
    </message>
    <message>
      <source>No open suggestions in this document</source>
      <translation>इस दस्तावेज़ में कोई खुला सुझाव नहीं</translation>
    </message>
    <message>
      <source>Open a document first</source>
      <translation>पहले एक दस्तावेज़ खोलें</translation>
    </message>
    <message>
      <source>Suggesting cancelled; documents already done keep their suggestions</source>
      <translation>सुझाव देना रद्द; जिन दस्तावेज़ों का काम हो चुका, उनके सुझाव बने रहेंगे</translation>
    </message>
    <message>
      <source>Suggest now uses {0}</source>
      <translation>सुझाव अब {0} से</translation>
    </message>
    <message>
      <source>{0} {1} {2} · {3}</source>
      <translation>{0} {1} {2} · {3}</translation>
    </message>
    <message>
      <source>{0}: {1} · F8 goes to the next, Enter accepts, Delete rejects</source>
      <translation>{0}: {1} · F8 अगले पर, Enter स्वीकारता है, Delete अस्वीकारता है</translation>
    </message>
    <message>
      <source>{0}: {1} suggestions in {2} documents</source>
      <translation>{0}: {2} दस्तावेज़ों में {1} सुझाव</translation>
    </message>
    <message>
      <source>Suggested {0}{1} · Enter accepts, Delete rejects, F8 next</source>
      <translation>सुझाया गया {0}{1} · Enter स्वीकारता है, Delete अस्वीकारता है, F8 अगला</translation>
    </message>
    <message>
      <source>Accepted {0}: edit it in the side panel (F2), or with a label key</source>
      <translation>{0} स्वीकारा: साइड पैनल (F2) में या लेबल कुंजी से बदलें</translation>
    </message>
    <message>
      <source>{0} {1} suggestions (Ctrl+Z undoes them together)</source>
      <translation>{0} {1} सुझाव (Ctrl+Z सबको एक साथ पलटता है)</translation>
    </message>
    <message>
      <source>The learned suggester has no model yet ({0})</source>
      <translation>सीखने वाले सुझावकर्ता का अभी कोई मॉडल नहीं ({0})</translation>
    </message>
    <message>
      <source>&amp;Agreement…</source>
      <translation>सहमति… (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Curation (settle into gold)…</source>
      <translation>क्यूरेशन (gold में तय करें)… (&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Merge projects…</source>
      <translation>परियोजनाएँ मिलाएँ… (&amp;M)</translation>
    </message>
    <message>
      <source>Open project on a &amp;server…</source>
      <translation>सर्वर पर परियोजना खोलें… (&amp;S)</translation>
    </message>
    <message>
      <source>Show &amp;layer</source>
      <translation>परत दिखाएँ (&amp;L)</translation>
    </message>
    <message>
      <source>Show &amp;over it (read-only)</source>
      <translation>उसके ऊपर दिखाएँ (केवल पढ़ने हेतु) (&amp;O)</translation>
    </message>
    <message>
      <source>Merge other annotators' projects</source>
      <translation>दूसरे एनोटेटरों की परियोजनाएँ मिलाएँ</translation>
    </message>
    <message>
      <source>Kathan projects (*.kathan);;All files (*)</source>
      <translation>कथन परियोजनाएँ (*.kathan);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
      <source>Merging projects…</source>
      <translation>परियोजनाएँ मिलाई जा रही हैं…</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>मिलाएँ</translation>
    </message>
    <message>
      <source>Open project on a server</source>
      <translation>सर्वर पर परियोजना खोलें</translation>
    </message>
    <message>
      <source>PostgreSQL URL (the password from ~/.pgpass or the system keyring is best; one typed here is used and never stored):</source>
      <translation>PostgreSQL URL (पासवर्ड ~/.pgpass या सिस्टम कीरिंग से देना सबसे अच्छा है; यहाँ लिखा पासवर्ड इस्तेमाल होता है पर कभी सहेजा नहीं जाता):</translation>
    </message>
    <message>
      <source>Merge cancelled: the source under way was left out, those before it are merged</source>
      <translation>मिलाना रद्द: चालू स्रोत छोड़ दिया गया, उससे पहले के मिला दिए गए हैं</translation>
    </message>
    <message>
      <source>&amp;Nothing</source>
      <translation>कुछ नहीं (&amp;N)</translation>
    </message>
    <message>
      <source>{0}: {1} new documents, layers added to {2} documents</source>
      <translation>{0}: {1} नए दस्तावेज़, {2} दस्तावेज़ों में परतें जोड़ी गईं</translation>
    </message>
    <message>
      <source>{0} conflicts left as they were (settle them in Team › Curation):</source>
      <translation>{0} टकराव जैसे थे वैसे छोड़े गए (इन्हें टीम › क्यूरेशन में तय करें):</translation>
    </message>
    <message>
      <source>Merge failed: {0}</source>
      <translation>मिलाना विफल: {0}</translation>
    </message>
    <message>
      <source>{0}: not merged: {1}</source>
      <translation>{0}: नहीं मिलाया गया: {1}</translation>
    </message>
    <message>
      <source>could not reach the project: {0}</source>
      <translation>परियोजना तक नहीं पहुँच सके: {0}</translation>
    </message>
    <message>
      <source>Edit {0} {1}</source>
      <translation>{0} {1} बदलें</translation>
    </message>
    <message>
      <source>Resize {0} {1}</source>
      <translation>{0} {1} का आकार बदलें</translation>
    </message>
    <message>
      <source>Add {0} spans</source>
      <translation>{0} स्पैन जोड़ें</translation>
    </message>
    <message>
      <source>Delete {0} spans</source>
      <translation>{0} स्पैन हटाएँ</translation>
    </message>
    <message>
      <source>Link {0} relations</source>
      <translation>{0} संबंध जोड़ें</translation>
    </message>
    <message>
      <source>Delete {0} relations</source>
      <translation>{0} संबंध हटाएँ</translation>
    </message>
    <message>
      <source>Mark document {0}</source>
      <translation>दस्तावेज़ को “{0}” चिह्नित करें</translation>
    </message>
    <message>
      <source>Label {0} match as {1}</source>
      <translation>{0} मिलान को {1} लेबल करें</translation>
    </message>
    <message>
      <source>Label {0} matches as {1}</source>
      <translation>{0} मिलानों को {1} लेबल करें</translation>
    </message>
    <message>
      <source>Relabel {0} as {1} {2}</source>
      <translation>{0} {2} को {1} लेबल दें</translation>
    </message>
    <message>
      <source>Edit attributes of {0}</source>
      <translation>{0} के गुण बदलें</translation>
    </message>
    <message>
      <source>Edit note of {0} {1}</source>
      <translation>{0} {1} की टिप्पणी बदलें</translation>
    </message>
    <message>
      <source>Add fragment to {0} {1}</source>
      <translation>{0} {1} में टुकड़ा जोड़ें</translation>
    </message>
    <message>
      <source>Join fragments of {0} {1}</source>
      <translation>{0} {1} के टुकड़े जोड़ें</translation>
    </message>
    <message>
      <source>Accept {0} suggestions</source>
      <translation>{0} सुझाव स्वीकारें</translation>
    </message>
    <message>
      <source>Reject {0} suggestions</source>
      <translation>{0} सुझाव अस्वीकारें</translation>
    </message>
    <message>
      <source>Reopen {0} suggestions</source>
      <translation>{0} सुझाव फिर खोलें</translation>
    </message>
    <message>
      <source>Add {0} {1}</source>
      <translation>{0} {1} जोड़ें</translation>
    </message>
    <message>
      <source>Delete {0} {1}</source>
      <translation>{0} {1} हटाएँ</translation>
    </message>
    <message>
      <source>Link {0}</source>
      <translation>{0} जोड़ें</translation>
    </message>
    <message>
      <source>Delete relation {0}</source>
      <translation>संबंध {0} हटाएँ</translation>
    </message>
    <message>
      <source>Set {0} = {1} on {2}</source>
      <translation>{2} पर {0} = {1} करें</translation>
    </message>
    <message>
      <source>Split {0} {1}</source>
      <translation>{0} {1} को तोड़ें</translation>
    </message>
    <message>
      <source>Accept {0} {1}</source>
      <translation>{0} {1} स्वीकारें</translation>
    </message>
    <message>
      <source>Reject {0} {1}</source>
      <translation>{0} {1} अस्वीकारें</translation>
    </message>
    <message>
      <source>Reopen {0} {1}</source>
      <translation>{0} {1} फिर खोलें</translation>
    </message>
    <message>
      <source>Link {0} {1} {2} {3}</source>
      <translation>{0} {1} को {3} से {2} जोड़ें</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>रद्द करें</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
  </context>
</TS>
