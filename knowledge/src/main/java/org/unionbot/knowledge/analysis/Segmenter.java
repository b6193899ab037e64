package org.unionbot.knowledge.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.unionbot.knowledge.notice.NoticeParser;

/**
 * The one wrapper around HanLP portable 1.8.6: segmentation with a knowledge-base dictionary,
 * normalisation, key phrases, synonyms, stop words and place names.
 *
 * <p>An instance owns its own custom dictionary (sharing HanLP's shipped dictionary data, never
 * touching HanLP's global custom dictionary) and is immutable after construction, so it is safe for
 * concurrent use. When the knowledge base changes, build a new instance and swap it in whole.
 * Person-name recognition is off: HanLP's role tagger mangles domain words (学深悟透 → 学深悟/nr).
 */
public final class Segmenter {

  private final Segment words;
  private final Segment index;
  private final Set<String> dictionary;

  private Segmenter(Set<String> dictionary) {
    DynamicCustomDictionary custom =
        new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), null);
    for (String term : dictionary) {
      // a word HanLP knows keeps its part of speech (参加 stays a verb), a new one is a name
      CoreDictionary.Attribute known = CoreDictionary.get(term);
      String nature = known == null ? "nz" : known.nature[0].toString();
      custom.insert(term, nature + " 1024");
    }
    this.dictionary = Set.copyOf(dictionary);
    this.words = configure(HanLP.newSegment(), custom);
    this.index = configure(HanLP.newSegment(), custom).enableIndexMode(2);
  }

  private static Segment configure(Segment s, DynamicCustomDictionary custom) {
    return s.enableCustomDictionary(custom)
        .enableNameRecognize(false)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableOffset(true)
        .enablePartOfSpeechTagging(true);
  }

  /** A segmenter whose dictionary holds these knowledge-base terms as whole words. */
  public static Segmenter create(Collection<String> terms) {
    Set<String> clean = new LinkedHashSet<>();
    for (String t : terms) {
      String n = normalizeChars(t.strip());
      if (n.length() >= 2
          && n.length() <= 16
          && n.codePoints().allMatch(Character::isLetterOrDigit)) {
        clean.add(n);
      }
    }
    return new Segmenter(clean);
  }

  /** The knowledge-base terms this segmenter keeps whole. */
  public Set<String> dictionary() {
    return dictionary;
  }

  /** Words of the text, punctuation included; offsets index into {@code text}. */
  public List<Token> words(String text) {
    return tokens(words, text, false);
  }

  /**
   * Words plus index-mode sub-words, sorted by start offset then longest first; a sub-word is
   * flagged {@link Token#sub()} when it lies inside the preceding whole word.
   */
  public List<Token> indexWords(String text) {
    return tokens(index, text, true);
  }

  private static List<Token> tokens(Segment segment, String text, boolean indexMode) {
    if (text.isEmpty()) {
      return List.of();
    }
    String normalized = normalizeChars(text);
    // 主　席 and 王　芳 padded to line up with three-character names are one word each: segmented
    // without the pad, their offsets taken back to the text's
    int[] at = padsLeftOut(text);
    String segmented = at == null ? normalized : withoutPads(normalized, at);
    List<Term> terms = segment.seg(segmented);
    List<Token> raw = new ArrayList<>(terms.size());
    for (Term t : terms) {
      int start = Math.max(0, Math.min(t.offset, segmented.length()));
      int end = Math.min(segmented.length(), start + t.word.length());
      if (end > start) {
        if (at != null) {
          start = at[start];
          end = at[end - 1] + 1;
        }
        raw.add(new Token(t.word, tag(t.nature), start, end, false));
      }
    }
    if (!indexMode) {
      return raw;
    }
    raw.sort(Comparator.comparingInt(Token::start).thenComparing(t -> -(t.end() - t.start())));
    List<Token> out = new ArrayList<>(raw.size());
    int wholeEnd = -1;
    for (Token t : raw) {
      boolean sub = t.end() <= wholeEnd;
      out.add(new Token(t.word(), t.pos(), t.start(), t.end(), sub));
      wholeEnd = Math.max(wholeEnd, t.end());
    }
    return out;
  }

  /**
   * Where each character of the text stands once the pads of names and labels padded to three are
   * left out ({@link NoticeParser#PADDED}, found from the start: 王　芳　李　强 pads 王芳 and 李强); null when
   * none.
   */
  private static int[] padsLeftOut(String text) {
    if (text.indexOf('\u3000') < 0) {
      return null;
    }
    Set<Integer> pads = new HashSet<>();
    Matcher m = NoticeParser.PADDED.matcher(text);
    while (m.find()) {
      pads.add(m.start(1));
    }
    if (pads.isEmpty()) {
      return null;
    }
    int[] at = new int[text.length() - pads.size()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!pads.contains(i)) {
        at[n++] = i;
      }
    }
    return at;
  }

  private static String withoutPads(String normalized, int[] at) {
    StringBuilder out = new StringBuilder(at.length);
    for (int i : at) {
      out.append(normalized.charAt(i));
    }
    return out.toString();
  }

  private static String tag(Nature nature) {
    return nature == null ? "x" : nature.toString();
  }

  /**
   * Normalises a question: traditional → simplified (phrase-aware), full-width → half-width, upper
   * → lower case. The result may differ in length from the input.
   */
  public static String normalize(String text) {
    return normalizeChars(HanLP.convertToSimplifiedChinese(text));
  }

  /**
   * Character-by-character normalisation of letters and digits (full-width → half-width, lower
   * case, common traditional characters → simplified); punctuation is kept, so 、 and ， stay apart.
   * The result has the same length as the input, so offsets carry over.
   */
  public static String normalizeChars(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = normalizeChar(chars[i]);
    }
    return new String(chars);
  }

  /** One character of {@link #normalizeChars(String)}. */
  public static char normalizeChar(char c) {
    if (c == '\u3000') {
      return ' ';
    }
    if (!Character.isLetterOrDigit(c)) {
      return c;
    }
    char n = CharTable.convert(c);
    return Character.isSurrogate(n) ? c : n;
  }

  /** Key phrases of a document by mutual information and entropy (HanLP's extractPhrase). */
  public static List<String> keyPhrases(String text, int size) {
    return HanLP.extractPhrase(text, size);
  }

  /** Place names (ns) HanLP recognises in the text, in order of first appearance. */
  public static List<String> places(String text) {
    Segment ner =
        HanLP.newSegment()
            .enableNameRecognize(false)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(false);
    Set<String> out = new LinkedHashSet<>();
    for (Term t : ner.seg(normalizeChars(text))) {
      if (t.nature != null && t.nature.startsWith("ns") && isPlace(t.word)) {
        out.add(t.word);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The recogniser is noisy (和区, 各镇, 深里): keep a name HanLP's core dictionary knows as a place, or
   * one of three or more characters ending in an administrative suffix (临川区).
   */
  private static boolean isPlace(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a != null) {
      for (Nature n : a.nature) {
        if (n.startsWith("ns")) {
          return true;
        }
      }
      return false;
    }
    return word.length() >= 3 && PLACE_SUFFIX.indexOf(word.charAt(word.length() - 1)) >= 0;
  }

  private static final String PLACE_SUFFIX = "省市县区镇乡村州城";

  /** Person names (nr) HanLP's name recogniser finds in the text. Noisy: vet before use. */
  public static List<String> personNames(String text) {
    Segment ner = HanLP.newSegment().enableNameRecognize(true);
    Set<String> out = new LinkedHashSet<>();
    for (Term t : ner.seg(normalizeChars(text))) {
      if (t.nature != null
          && t.nature.startsWith("nr")
          && t.word.length() >= 2
          && t.word.length() <= 4) {
        out.add(t.word);
      }
    }
    return List.copyOf(out);
  }

  /** Words HanLP's thesaurus lists as exact synonyms ("=" entries) of the word. */
  public static List<String> synonyms(String word) {
    CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(word);
    if (item == null
        || item.entry == null
        || item.entry.type != com.hankcs.hanlp.corpus.synonym.Synonym.Type.EQUAL) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (var s : item.synonymList) {
      if (!s.realWord.equals(word) && s.realWord.length() >= 2) {
        out.add(s.realWord);
      }
    }
    return out;
  }

  /** True for a word of HanLP's core dictionary (身份证). */
  public static boolean isCoreWord(String word) {
    return CoreDictionary.contains(word);
  }

  /** True for HanLP's stop words (的, 是, 哪 ...). */
  public static boolean isStopWord(String word) {
    return CoreStopWordDictionary.contains(word);
  }
}
