export function App() {
  return (
    <main>
      <h1>집사 · 주거복지 도우미</h1>
      <p>광주 주거복지센터가 나에게 맞는 주거 지원을 함께 찾아 드립니다.</p>
    </main>
  );
}
