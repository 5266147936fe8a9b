import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import type { Transaction } from 'kysely';
import { renderMarkdown, searchText } from '../board/markdown.ts';
import type { BoardCategory, Database } from '../db/schema.ts';
import type { Random } from './random.ts';

interface Topic {
  category: BoardCategory;
  title: (gu: string, month: number) => string;
  body: (gu: string, month: number) => string;
}

// Fictional posts in the spirit of a center's board; places, dates and numbers are made up.
const TOPICS: Topic[] = [
  {
    category: 'news',
    title: (gu, m) => `${gu} 주거급여 찾아가는 상담회 (${m}월)`,
    body: (gu, m) =>
      `${m}월 셋째 주 화요일, ${gu} 행정복지센터 2층에서 주거급여 상담회를 엽니다.\n\n- 월세·전세로 사시는 분, 집을 고쳐야 하는 분 누구나\n- 신분증만 가져오시면 됩니다\n\n궁금한 점은 센터로 전화 주세요.`,
  },
  {
    category: 'recruitment',
    title: (gu) => `[모집공고] ${gu} 고령자복지주택 입주자 모집 (가상)`,
    body: (gu, m) =>
      `만 65세 이상 어르신을 위한 고령자복지주택 입주자를 모집합니다 (연습용 가상 공고).\n\n| 구분 | 내용 |\n|---|---|\n| 위치 | ${gu} |\n| 접수 | ${m}월 10일 ~ ${m}월 20일 |\n\n자세한 자격은 공고문을 확인하세요.`,
  },
  {
    category: 'notice',
    title: (gu) => `${gu} 집수리 지원 신청 안내`,
    body: (gu) =>
      `${gu}에 사시는 저소득 가구의 도배·장판·단열 공사를 돕습니다.\n\n**신청 방법**: 센터 방문 또는 전화\n\n**필요 서류**: 신분증, 임대차계약서(세입자)`,
  },
  {
    category: 'news',
    title: (gu) => `쪽방·고시원 주거실태 조사 결과 (${gu}, 가상)`,
    body: (gu) =>
      `${gu}의 쪽방·고시원 주민을 찾아가 살림살이와 필요한 도움을 여쭈었습니다 (연습용 가상 자료).\n\n응답해 주신 분들께 공공임대 이주 상담을 이어가고 있습니다.`,
  },
  {
    category: 'notice',
    title: () => '청년·신혼부부 주거 지원 설명회',
    body: (_gu, m) =>
      `청년월세, 버팀목 전세자금, 행복주택을 한자리에서 설명합니다.\n\n- 일시: ${m}월 마지막 토요일 오후 2시\n- 장소: 센터 교육실`,
  },
  {
    category: 'library',
    title: (_gu, m) => `주거 지원 제도 한눈에 보기 (${m}월판)`,
    body: () => '센터에서 안내하는 주거 지원 제도를 한 장에 정리했습니다. 첨부 자료를 내려받아 보세요.',
  },
  {
    category: 'news',
    title: (gu) => `${gu} 주거·돌봄 통합 포럼 열려`,
    body: (gu) =>
      `집과 돌봄을 함께 챙기는 방법을 두고 ${gu} 주민과 기관이 모여 이야기를 나눴습니다.\n\n나온 의견은 센터 사업 계획에 반영합니다.`,
  },
];

/** About thirty fictional posts across the four categories and the five 구, two of them pinned. */
export async function seedDemoBoard(trx: Transaction<Database>, rand: Random): Promise<number> {
  const admin = await trx
    .selectFrom('staff_user')
    .select(['id', 'display_name'])
    .where('username', '=', 'admin')
    .executeTakeFirst();
  const rows = Array.from({ length: 30 }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] as Topic;
    const gu = rand.pick(GWANGJU_DISTRICTS).ko;
    const month = 1 + (i % 12);
    const title = topic.title(gu, month);
    const body = topic.body(gu, month);
    const created = new Date(Date.UTC(2025, 0, 6) + i * 9 * 86_400_000);
    return {
      category: topic.category,
      title,
      body_md: body,
      body_html: renderMarkdown(body),
      search_text: searchText(title, body),
      author_id: admin?.id ?? null,
      author_name: admin?.display_name ?? '센터',
      pinned: i >= 28,
      views: rand.int(0, 300),
      created_at: created,
      updated_at: created,
    };
  });
  await trx.insertInto('board_post').values(rows).execute();
  return rows.length;
}
