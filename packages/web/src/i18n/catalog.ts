import { defineStrings } from './define.ts';

/** The words a program's result card and its catalog page share. */
export const catalog = defineStrings(
  {
    whatYouGet: '무엇을 받나요',
    documents: '챙길 서류',
    howToApply: '신청하는 곳과 방법',
    channelVisit: '방문',
    channelOnline: '온라인',
    channelPhone: '전화',
  },
  {
    whatYouGet: 'What you get',
    documents: 'Documents to bring',
    howToApply: 'Where and how to apply',
    channelVisit: 'In person',
    channelOnline: 'Online',
    channelPhone: 'Phone',
  },
);
