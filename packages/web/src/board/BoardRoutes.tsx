import type { Route } from '../app/router.ts';
import { BoardList } from './BoardList.tsx';
import { PostView } from './PostView.tsx';
import './board.css';

/** The public board (#/board…): the list, or one post at #/board/<번호>. */
export default function BoardRoutes({ route }: { route: Route }) {
  const number = Number(route.path.match(/^\/board\/(\d{1,9})$/)?.[1]);
  if (number > 0) return <PostView number={number} />;
  return <BoardList query={route.query} />;
}
