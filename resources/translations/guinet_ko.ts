<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ActivationPlot</name>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Use variant &apos;{0}&apos;</source>
        <translation>&apos;{0}&apos; 변형 쓰기</translation>
    </message>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation>실행 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Train several variants side by side: optimizers, initializers, activations, normalizations, learning rates (Ctrl+Shift+M)</source>
        <translation>여러 변형을 나란히 학습시킵니다: 최적화 기법, 초기화, 활성화 함수, 정규화, 학습률 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Comparing {0} variants…</source>
        <translation>변형 {0}개를 비교하는 중…</translation>
    </message>
    <message>
        <source>Use variant</source>
        <translation>변형 쓰기</translation>
    </message>
    <message>
        <source>The project&apos;s network changed since this comparison started, so its settings cannot be applied to it. Compare again on the network as it is now.</source>
        <translation>이 비교를 시작한 뒤 프로젝트의 신경망이 바뀌어 그 설정을 적용할 수 없습니다. 지금의 신경망으로 다시 비교하세요.</translation>
    </message>
    <message>
        <source>The project now uses the settings of &apos;{0}&apos; (Edit &gt; Undo to go back). Train in the main window to train it.</source>
        <translation>이제 프로젝트가 &apos;{0}&apos;의 설정을 씁니다 (편집 &gt; 실행 취소로 되돌릴 수 있음). 학습시키려면 기본 창에서 학습하세요.</translation>
    </message>
    <message>
        <source>Comparison {0}: &apos;{1}&apos; has the lowest training loss ({2:.4g}).</source>
        <translation>비교 {0}: &apos;{1}&apos;의 학습 손실이 가장 낮습니다 ({2:.4g}).</translation>
    </message>
    <message>
        <source>The comparison cannot run: {0}</source>
        <translation>비교를 실행할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <source>The comparison cannot run.</source>
        <translation>비교를 실행할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <source>Train several variants of this network side by side, on the same data and from the same initial weights, and watch which learns fastest.</source>
        <translation>이 신경망의 여러 변형을 같은 데이터, 같은 처음 가중치에서 나란히 학습시키고 어느 것이 가장 빨리 배우는지 봅니다.</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>프리셋(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Vary settings</source>
        <translation>설정 바꾸기(&amp;V)</translation>
    </message>
    <message>
        <source>Edit &amp;copies</source>
        <translation>사본 편집(&amp;C)</translation>
    </message>
    <message>
        <source>Every variant trains this many epochs.</source>
        <translation>모든 변형이 이만큼의 에포크를 학습합니다.</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>에포크(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Train All</source>
        <translation>모두 학습(&amp;T)</translation>
    </message>
    <message>
        <source>Needs a CUDA GPU; none was found on this computer.</source>
        <translation>CUDA GPU가 필요한데 이 컴퓨터에서 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>What varies. Also possible: {0}</source>
        <translation>바뀌는 것. 이것도 됩니다: {0}</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>값들, 쉼표로 구분</translation>
    </message>
    <message>
        <source>Vary:</source>
        <translation>바꿀 것:</translation>
    </message>
    <message>
        <source>and:</source>
        <translation>그리고:</translation>
    </message>
    <message>
        <source>Two settings make a grid (every combination, at most 64 variants). &apos;layers.&apos; settings change every hidden Dense layer at once.</source>
        <translation>설정 두 개는 격자를 만듭니다 (모든 조합, 최대 변형 64개). &apos;layers.&apos; 설정은 모든 은닉 Dense 층을 한꺼번에 바꿉니다.</translation>
    </message>
    <message>
        <source>&amp;Add a copy</source>
        <translation>사본 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Another copy of the project, to edit in its row.</source>
        <translation>프로젝트의 사본 하나를 더해, 그 행에서 편집합니다.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>whole set</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Choose a preset.</source>
        <translation>프리셋을 고르세요.</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>그대로</translation>
    </message>
    <message>
        <source>{0} variants: {1}</source>
        <translation>변형 {0}개: {1}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Variant</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>평가 손실</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>평가 정확도</translation>
    </message>
    <message>
        <source>Reached target (epoch)</source>
        <translation>목표 도달 (에포크)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Steps/s</source>
        <translation>스텝/초</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>epoch (each step&apos;s mini-batch loss)</source>
        <translation>에포크 (단계마다의 미니 배치 손실)</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>‖grad‖₂ (last step)</source>
        <translation>‖기울기‖₂ (마지막 단계)</translation>
    </message>
    <message>
        <source>gradient flow: each line is a variant, input layer on the left; a line that falls steeply to the left means vanishing gradients</source>
        <translation>기울기 흐름: 선 하나가 변형 하나, 왼쪽이 입력층. 왼쪽으로 가파르게 떨어지는 선은 기울기 소실을 뜻합니다</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>모두 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause every variant; press again to resume</source>
        <translation>모든 변형을 일시 정지합니다. 다시 누르면 이어집니다</translation>
    </message>
    <message>
        <source>&amp;Stop All</source>
        <translation>모두 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop every variant where it is</source>
        <translation>모든 변형을 그 자리에서 멈춥니다</translation>
    </message>
    <message>
        <source>&amp;Train Again</source>
        <translation>다시 학습(&amp;T)</translation>
    </message>
    <message>
        <source>Train the same variants again from their initial weights</source>
        <translation>같은 변형들을 처음 가중치부터 다시 학습시킵니다</translation>
    </message>
    <message>
        <source>&amp;Use This Variant</source>
        <translation>이 변형 쓰기(&amp;U)</translation>
    </message>
    <message>
        <source>Make the selected variant&apos;s settings the project&apos;s (undoable in the main window)</source>
        <translation>선택한 변형의 설정을 프로젝트의 설정으로 만듭니다 (기본 창에서 실행 취소 가능)</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>표 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the results table as CSV</source>
        <translation>결과 표를 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>모두 이어서(&amp;R)</translation>
    </message>
    <message>
        <source>Compare Runs — {0}</source>
        <translation>실행 비교 — {0}</translation>
    </message>
    <message>
        <source>Epoch to {0:.0%}</source>
        <translation>{0:.0%}까지 에포크</translation>
    </message>
    <message>
        <source>The first epoch at which a snapshot (several a second) showed this training accuracy or more.</source>
        <translation>스냅숏(초당 여러 번)이 이 학습 정확도 이상을 처음 보인 에포크.</translation>
    </message>
    <message>
        <source>Training {0} variants…</source>
        <translation>변형 {0}개를 학습하는 중…</translation>
    </message>
    <message>
        <source>No variant has a finite loss yet.</source>
        <translation>아직 유한한 손실을 가진 변형이 없습니다.</translation>
    </message>
    <message>
        <source>finished best</source>
        <translation>가장 좋게 끝남</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>앞섬</translation>
    </message>
    <message>
        <source>, reached {0:.0%} training accuracy at epoch {1}</source>
        <translation>, 에포크 {1}에서 학습 정확도 {0:.0%} 도달</translation>
    </message>
    <message>
        <source>{0} {1}: training loss {2}{3}</source>
        <translation>{0} {1}: 학습 손실 {2}{3}</translation>
    </message>
    <message>
        <source> · first to {0:.0%}: {1} (epoch {2})</source>
        <translation> · {0:.0%}에 처음 도달: {1} (에포크 {2})</translation>
    </message>
    <message>
        <source> · diverged: {0}</source>
        <translation> · 발산: {0}</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>파일 읽기</translation>
    </message>
    <message>
        <source>Read the CSV file this project names, although it lies outside the project&apos;s folder</source>
        <translation>프로젝트 폴더 밖에 있지만 이 프로젝트가 지정한 CSV 파일을 읽습니다</translation>
    </message>
    <message>
        <source>Reading the CSV file… %p%</source>
        <translation>CSV 파일 읽는 중… %p%</translation>
    </message>
    <message>
        <source>Read {path}, which this project names although it lies outside the project&apos;s folder</source>
        <translation>이 프로젝트가 지정한 {path} 파일은 프로젝트 폴더 밖에 있습니다. 읽을까요?</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>클래스 {n}개</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>{train} training and {test} test samples · {kind} · {inputs} inputs ({names}). Filled dots train, hollow dots test.</source>
        <translation>학습 샘플 {train}개, 평가 샘플 {test}개 · {kind} · 입력 {inputs}개 ({names}). 속이 찬 점은 학습, 빈 점은 평가 데이터입니다.</translation>
    </message>
    <message>
        <source>A logic gate trains and tests on the same rows (its 4 input pairs), so the training share does not apply.</source>
        <translation>논리 게이트는 같은 행(입력 쌍 4개)으로 학습하고 평가하므로 학습 비율은 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>Read from {path}.</source>
        <translation>{path}에서 읽었습니다.</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>the CSV file does not fit in memory; use a sample of its rows</source>
        <translation>CSV 파일이 메모리에 다 들어가지 않습니다. 행 일부만 뽑아 쓰세요</translation>
    </message>
    <message>
        <source>the data settings cannot be used ({kind}: {what}). Check the CSV file&apos;s path and target column.</source>
        <translation>데이터 설정을 쓸 수 없습니다 ({kind}: {what}). CSV 파일의 경로와 정답 열을 확인하세요.</translation>
    </message>
    <message>
        <source>This project reads its data from {path}, outside the project&apos;s folder. guinet has not read it: press &apos;Read the file&apos; in the Data panel if you trust it, or choose another file.</source>
        <translation>이 프로젝트는 프로젝트 폴더 밖에 있는 {path}에서 데이터를 읽습니다. guinet은 아직 읽지 않았습니다: 믿을 수 있는 파일이면 데이터 패널에서 &apos;파일 읽기&apos;를 누르고, 아니면 다른 파일을 고르세요.</translation>
    </message>
</context>
<context>
    <name>DrawPoints</name>
    <message>
        <source>&amp;Draw Points</source>
        <translation>점 그리기(&amp;D)</translation>
    </message>
    <message>
        <source>Draw your own data on the Decision boundary plot (D): click adds a point, drag or right-click erases</source>
        <translation>결정 경계 그래프에 직접 데이터를 그립니다 (D): 클릭하면 점을 더하고, 끌거나 오른쪽 클릭하면 지웁니다</translation>
    </message>
    <message>
        <source>Draw mode: click on the Decision boundary plot to add points of the chosen class; drag, right-click or Shift+click to erase</source>
        <translation>그리기 모드: 결정 경계 그래프를 클릭해 고른 클래스의 점을 더합니다. 끌기, 오른쪽 클릭, Shift+클릭으로 지웁니다</translation>
    </message>
    <message>
        <source>C&amp;lear Drawn Points</source>
        <translation>그린 점 모두 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every drawn point (one undo step)</source>
        <translation>그린 점을 모두 지웁니다 (실행 취소 한 번으로 되돌림)</translation>
    </message>
    <message>
        <source>Remove every drawn point; Undo (Ctrl+Z) brings them back</source>
        <translation>그린 점을 모두 지웁니다. 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>클래스:</translation>
    </message>
    <message>
        <source>The class a click adds; the last entry starts a new class</source>
        <translation>클릭으로 더할 클래스. 마지막 항목은 새 클래스를 시작합니다</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>정답 값:</translation>
    </message>
    <message>
        <source>The target value a click adds (regression)</source>
        <translation>클릭으로 더할 점의 정답 값 (회귀)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>a point of the chosen class</source>
        <translation>고른 클래스의 점을</translation>
    </message>
    <message>
        <source>a point with the chosen target</source>
        <translation>고른 정답 값의 점을</translation>
    </message>
    <message>
        <source>{n} points · click adds, drag erases · used from the next Reset</source>
        <translation>점 {n}개 · 클릭하면 더하고 끌면 지움 · 다음 초기화부터 학습에 쓰임</translation>
    </message>
    <message>
        <source>Click adds {what}; drag, right-click or Shift+click erases. {n} of at most {max} points. Training uses them from the next Reset (Ctrl+R) or Train.</source>
        <translation>클릭하면 {what} 더하고, 끌기·오른쪽 클릭·Shift+클릭은 지웁니다. 점 {n}개 (최대 {max}개). 학습은 다음 초기화(Ctrl+R)나 학습부터 이 점들을 씁니다.</translation>
    </message>
    <message>
        <source>Class {k}</source>
        <translation>클래스 {k}</translation>
    </message>
    <message>
        <source>A drawing holds at most {max} points: erase some first.</source>
        <translation>그림에는 점을 최대 {max}개까지 둘 수 있습니다. 먼저 몇 개를 지우세요.</translation>
    </message>
    <message>
        <source>Add point of class {k}</source>
        <translation>클래스 {k} 점 더하기</translation>
    </message>
    <message>
        <source>Add point with target {v}</source>
        <translation>정답 값 {v}인 점 더하기</translation>
    </message>
    <message>
        <source>Erase point</source>
        <translation>점 지우기</translation>
    </message>
    <message>
        <source>Erase {n} points</source>
        <translation>점 {n}개 지우기</translation>
    </message>
    <message>
        <source>Clear drawn points</source>
        <translation>그린 점 모두 지우기</translation>
    </message>
    <message>
        <source>All drawn points removed; Undo (Ctrl+Z) brings them back.</source>
        <translation>그린 점을 모두 지웠습니다. 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Draw from the points of {dataset}</source>
        <translation>{dataset}의 점에서 그리기 시작</translation>
    </message>
    <message>
        <source>Start drawing points</source>
        <translation>점 그리기 시작</translation>
    </message>
    <message>
        <source>Draw mode: click on the Decision boundary plot to add points.</source>
        <translation>그리기 모드: 결정 경계 그래프를 클릭해 점을 더하세요.</translation>
    </message>
    <message>
        <source>{n} drawn points. Reset (Ctrl+R) or Train to learn from them.</source>
        <translation>그린 점 {n}개. 초기화(Ctrl+R)하거나 학습하면 이 점들로 배웁니다.</translation>
    </message>
    <message>
        <source>Draw Your Own Points</source>
        <translation>직접 점 그리기</translation>
    </message>
    <message>
        <source>Draw your own data in place of {dataset}?</source>
        <translation>{dataset} 대신 직접 데이터를 그릴까요?</translation>
    </message>
    <message>
        <source>Start from a copy of its points and change them, or from an empty plane. Undo (Ctrl+Z) goes back to {dataset}.</source>
        <translation>그 점들을 복사해 고쳐 나가거나, 빈 평면에서 시작하세요. 실행 취소(Ctrl+Z)하면 {dataset}(으)로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Copy Its Points</source>
        <translation>점 복사해 시작</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>빈 평면에서 시작</translation>
    </message>
    <message>
        <source>No points yet: turn on Draw (D)
and click here to add some.</source>
        <translation>아직 점이 없습니다: 그리기(D)를 켜고
여기를 클릭해 점을 더하세요.</translation>
    </message>
    <message>
        <source>Click to add points.</source>
        <translation>클릭해 점을 더하세요.</translation>
    </message>
    <message>
        <source>Points go on the plane: click inside it.</source>
        <translation>점은 평면 위에 둡니다: 평면 안을 클릭하세요.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the network as a PyTorch script, its weights, a torch.export program or an ONNX model</source>
        <translation>신경망을 PyTorch 스크립트, 가중치, torch.export 프로그램 또는 ONNX 모델로 씁니다</translation>
    </message>
    <message>
        <source>Copy as &amp;PyTorch</source>
        <translation>PyTorch 코드로 복사(&amp;P)</translation>
    </message>
    <message>
        <source>Put the network&apos;s nn.Module class on the clipboard</source>
        <translation>신경망의 nn.Module 클래스를 클립보드에 넣습니다</translation>
    </message>
    <message>
        <source>The data cannot be made: {message}</source>
        <translation>데이터를 만들 수 없습니다: {message}</translation>
    </message>
    <message>
        <source>The network has problems; fix them first (see the Problems list):
{lines}</source>
        <translation>신경망에 문제가 있습니다. 먼저 고치세요 (문제 목록을 보세요):
{lines}</translation>
    </message>
    <message>
        <source>Cannot copy the network</source>
        <translation>신경망을 복사할 수 없음</translation>
    </message>
    <message>
        <source>Copied the network&apos;s PyTorch class to the clipboard</source>
        <translation>신경망의 PyTorch 클래스를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>내보내기를 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PyTorch training script (.py)</source>
        <translation>PyTorch 학습 스크립트 (.py)</translation>
    </message>
    <message>
        <source>A standalone script that needs only torch and numpy: the data, the network as an
nn.Module, the training loop (also under torchrun) and the evaluation. It reproduces
guinet&apos;s run.</source>
        <translation>torch와 numpy만 있으면 되는 독립 스크립트: 데이터, nn.Module로 쓴 신경망,
학습 루프(torchrun으로도 실행)와 평가. guinet의 학습을
그대로 재현합니다.</translation>
    </message>
    <message>
        <source>Trained weights (.pt)</source>
        <translation>학습된 가중치 (.pt)</translation>
    </message>
    <message>
        <source>The trained state_dict of the script&apos;s Network class:
torch.load(file, weights_only=True).</source>
        <translation>스크립트의 Network 클래스에 맞는 학습된 state_dict:
torch.load(파일, weights_only=True).</translation>
    </message>
    <message>
        <source>torch.export program (.pt2)</source>
        <translation>torch.export 프로그램 (.pt2)</translation>
    </message>
    <message>
        <source>The trained network as an ExportedProgram with a dynamic batch size:
torch.export.load(file).</source>
        <translation>배치 크기가 정해지지 않은(동적) ExportedProgram으로 만든 학습된 신경망:
torch.export.load(파일).</translation>
    </message>
    <message>
        <source>ONNX model (.onnx)</source>
        <translation>ONNX 모델 (.onnx)</translation>
    </message>
    <message>
        <source>The trained network for ONNX Runtime and other runtimes, with a dynamic batch size.</source>
        <translation>ONNX Runtime 등 여러 런타임에서 쓰는 학습된 신경망 (배치 크기는 동적).</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>{name} 내보내기</translation>
    </message>
    <message>
        <source>Export the network as:</source>
        <translation>신경망을 내보낼 형식:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Train first ({epochs} epochs on the CPU, seed {seed})</source>
        <translation>먼저 학습 (CPU에서 에포크 {epochs}회, 시드 {seed})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Training is running: pause or stop it to export the weights it has reached, or train a fresh copy first.</source>
        <translation>학습 중입니다: 지금까지의 가중치를 내보내려면 일시 정지하거나 멈추세요. 또는 먼저 새 사본을 학습시키세요.</translation>
    </message>
    <message>
        <source>Uses the project&apos;s trained weights (the network as trained in this window). Tick &apos;Train first&apos; to export a fresh run instead.</source>
        <translation>프로젝트의 학습된 가중치(이 창에서 학습한 신경망)를 씁니다. 새로 학습한 결과를 내보내려면 &apos;먼저 학습&apos;을 켜세요.</translation>
    </message>
    <message>
        <source>This network has no trained weights yet, so it will be trained first.</source>
        <translation>이 신경망에는 아직 학습된 가중치가 없어 먼저 학습시킵니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>다른 형식으로 내보내기</translation>
    </message>
    <message>
        <source>{label} (*{ext})</source>
        <translation>{label} (*{ext})</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <source>{name} exists. Replace it?</source>
        <translation>{name}이(가) 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Training first…</source>
        <translation>먼저 학습하는 중…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>파일을 쓰는 중…</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>에포크 %v / %m</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>{message}
Saved to {path}</source>
        <translation>{message}
{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name}을(를) 내보냈습니다</translation>
    </message>
    <message>
        <source>Nothing was exported. {message}</source>
        <translation>아무것도 내보내지 않았습니다. {message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export failed unexpectedly: {0}: {1}</source>
        <translation>내보내기가 뜻밖의 오류로 실패했습니다: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>시스템 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>The language of menus, panels and lessons</source>
        <translation>메뉴, 패널, 강의의 언어</translation>
    </message>
    <message>
        <source>Restart guinet now?</source>
        <translation>guinet을 지금 다시 시작할까요?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Ends</source>
        <translation>입출력</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Regularize</source>
        <translation>정규화·규제</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>합치기</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add after the selected layer.</source>
        <translation>캔버스로 끌어 놓거나, 더블클릭해 선택한 층 뒤에 더하세요.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Drag onto the canvas (onto a connection to insert it there), or double-click / press Enter to add it after the selected layer.</source>
        <translation>캔버스로 끌어 놓거나(연결선 위에 놓으면 그 자리에 끼워 넣음), 더블클릭하거나 Enter를 눌러 선택한 층 뒤에 더하세요.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Back to the previous step</source>
        <translation>이전 단계로</translation>
    </message>
    <message>
        <source>Set this step up again (the lesson&apos;s example, settings and panels)</source>
        <translation>이 단계를 다시 준비합니다 (강의의 예제, 설정, 패널)</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>보여 주기</translation>
    </message>
    <message>
        <source>Do this step&apos;s task for me, as a learner would (undo takes it back)</source>
        <translation>이 단계의 과제를 학습자처럼 대신 해 봅니다 (실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check what you did; a hint follows if it is not there yet</source>
        <translation>한 것을 확인합니다. 아직이면 힌트가 나옵니다</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>On to the next step</source>
        <translation>다음 단계로</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>{1}단계 중 {0}단계</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Well done: every check passes. Press Next to go on.</source>
        <translation>잘했습니다: 모든 확인을 통과했습니다. 다음을 눌러 계속하세요.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>힌트</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>다음 강의</translation>
    </message>
</context>
<context>
    <name>LessonsController</name>
    <message>
        <source>No lessons were found.</source>
        <translation>강의를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>Back to the previous step of the lesson</source>
        <translation>강의의 이전 단계로 돌아갑니다</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>On to the next step of the lesson</source>
        <translation>강의의 다음 단계로 넘어갑니다</translation>
    </message>
    <message>
        <source>&amp;Check Step</source>
        <translation>단계 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Check the task of this step</source>
        <translation>이 단계의 과제를 확인합니다</translation>
    </message>
    <message>
        <source>Set Up This &amp;Step Again</source>
        <translation>이 단계 다시 준비(&amp;S)</translation>
    </message>
    <message>
        <source>Open the step&apos;s example and settings again</source>
        <translation>이 단계의 예제와 설정을 다시 엽니다</translation>
    </message>
    <message>
        <source>&amp;Restart Lesson</source>
        <translation>강의 처음부터(&amp;R)</translation>
    </message>
    <message>
        <source>Go back to the first step of this lesson and set it up</source>
        <translation>이 강의의 첫 단계로 돌아가 준비합니다</translation>
    </message>
    <message>
        <source>Show &amp;Lessons Panel</source>
        <translation>강의 패널 보기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>강의(&amp;L)</translation>
    </message>
    <message>
        <source>That was the last lesson.</source>
        <translation>마지막 강의였습니다.</translation>
    </message>
    <message>
        <source>Lesson: set {0}</source>
        <translation>강의: {0} 설정</translation>
    </message>
    <message>
        <source>Lesson: insert a layer</source>
        <translation>강의: 층 끼워 넣기</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>측정 중…</translation>
    </message>
    <message>
        <source>Measuring the training speed on each device…</source>
        <translation>장치마다 학습 속도를 재는 중…</translation>
    </message>
</context>
<context>
    <name>LiveTraining</name>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis</source>
        <translation>손실을 로그 축으로 봅니다</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Count epochs instead of steps on the horizontal axis</source>
        <translation>가로축을 단계 대신 에포크로 셉니다</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>이산화</translation>
    </message>
    <message>
        <source>Show only the predicted class instead of the network&apos;s confidence</source>
        <translation>신경망의 확신 정도 대신 예측한 클래스만 보여 줍니다</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <source>Weights and activations</source>
        <translation>가중치와 활성값</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>Train the network, pause, or resume</source>
        <translation>신경망을 학습시키거나, 일시 정지하거나, 이어서 합니다</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>한 단계(&amp;S)</translation>
    </message>
    <message>
        <source>Take one optimizer step (one batch) and show it</source>
        <translation>최적화를 한 단계(배치 하나) 진행하고 보여 줍니다</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>Stop training; Train continues from here</source>
        <translation>학습을 멈춥니다. 학습을 누르면 여기서 이어집니다</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>New weights from the seed; the last run&apos;s curves stay faint</source>
        <translation>시드로 가중치를 새로 뽑습니다. 지난 학습의 곡선은 흐리게 남습니다</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Training speed: slow it down to watch every epoch (from 1 epoch a second), or train at full speed. Applies at once, also while training.</source>
        <translation>학습 속도: 느리게 하면 에포크마다 지켜볼 수 있고(초당 1 에포크부터), 최고 속도로 학습할 수도 있습니다. 학습 중에도 바로 적용됩니다.</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>초당 1 에포크</translation>
    </message>
    <message>
        <source>{0:g} epochs/s</source>
        <translation>초당 {0:g} 에포크</translation>
    </message>
    <message>
        <source>Loss and accuracy on the training and the test split, evaluated at the last snapshot</source>
        <translation>마지막 스냅숏에서 평가한 학습 데이터와 평가 데이터의 손실과 정확도</translation>
    </message>
    <message>
        <source>Reset: new weights from the seed.</source>
        <translation>초기화: 시드로 가중치를 새로 뽑았습니다.</translation>
    </message>
    <message>
        <source>Stop training first (Shift+F5): its thread owns the weights while it runs.</source>
        <translation>먼저 학습을 멈추세요 (Shift+F5): 학습이 도는 동안에는 학습 스레드가 가중치를 쥐고 있습니다.</translation>
    </message>
    <message>
        <source>the data cannot be made</source>
        <translation>데이터를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot train: {0}</source>
        <translation>학습할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Starting: loading PyTorch and building the network…</source>
        <translation>시작하는 중: PyTorch를 불러오고 신경망을 만드는 중…</translation>
    </message>
    <message>
        <source>Paused: Step takes one batch, Resume goes on.</source>
        <translation>일시 정지: 한 단계는 배치 하나를 학습하고, 계속하기는 학습을 이어 갑니다.</translation>
    </message>
    <message>
        <source>Training stopped; Train continues, Reset starts again.</source>
        <translation>학습을 멈췄습니다. 학습을 누르면 이어지고, 초기화하면 처음부터 합니다.</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>test</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>epoch {0}/{1}</source>
        <translation>에포크 {0}/{1}</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · step {2}</source>
        <translation>에포크 {0}/{1} · 단계 {2}</translation>
    </message>
    <message>
        <source>{0:,.0f} steps/s</source>
        <translation>초당 {0:,.0f}단계</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>ETA {0}</source>
        <translation>남은 시간 {0}</translation>
    </message>
    <message>
        <source>1 thread</source>
        <translation>스레드 1개</translation>
    </message>
    <message>
        <source>{0} threads</source>
        <translation>스레드 {0}개</translation>
    </message>
    <message>
        <source>{threads}: {reason}</source>
        <translation>{threads}: {reason}</translation>
    </message>
    <message>
        <source>Training on {0}.</source>
        <translation>{0}에서 학습합니다.</translation>
    </message>
    <message>
        <source>device: {0}</source>
        <translation>장치: {0}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Cannot train yet: {0}</source>
        <translation>아직 학습할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Cannot train yet</source>
        <translation>아직 학습할 수 없음</translation>
    </message>
    <message>
        <source>Fix this first:</source>
        <translation>먼저 이것을 고치세요:</translation>
    </message>
    <message>
        <source>Fix these {0} problems first:</source>
        <translation>먼저 이 문제 {0}개를 고치세요:</translation>
    </message>
    <message>
        <source>… and {0} more (see the Problems panel)</source>
        <translation>… 외 {0}개 (문제 패널을 보세요)</translation>
    </message>
    <message>
        <source>Select the Layer</source>
        <translation>그 층 선택</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Training could not run: {0}</source>
        <translation>학습을 실행할 수 없었습니다: {0}</translation>
    </message>
    <message>
        <source>Training could not run</source>
        <translation>학습을 실행할 수 없음</translation>
    </message>
    <message>
        <source>The loss stopped being a finite number: the gradients exploded. Lower the learning rate, turn on gradient clipping, or add batch or layer normalization, then Reset and train again.</source>
        <translation>손실이 유한한 수가 아니게 되었습니다: 기울기가 폭주했습니다. 학습률을 낮추거나, 기울기 클리핑을 켜거나, 배치 정규화나 층 정규화를 더한 뒤 초기화하고 다시 학습시키세요.</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>학습 발산</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>학습을 멈출까요?</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>이어서(&amp;U)</translation>
    </message>
    <message>
        <source>Finished after {0} epochs.</source>
        <translation>{0} 에포크 후 학습을 마쳤습니다.</translation>
    </message>
    <message>
        <source>Training diverged at step {0} (exploding gradient in {1}) and stopped.</source>
        <translation>{0}단계에서 학습이 발산해 멈췄습니다 ({1}에서 기울기 폭주).</translation>
    </message>
    <message>
        <source>Training diverged at step {0} and stopped.</source>
        <translation>{0}단계에서 학습이 발산해 멈췄습니다.</translation>
    </message>
    <message>
        <source>Train starts again from new weights.</source>
        <translation>학습을 누르면 새 가중치로 다시 시작합니다.</translation>
    </message>
    <message>
        <source>The network is training. Stop training to change the network?</source>
        <translation>신경망이 학습 중입니다. 신경망을 바꾸려면 학습을 멈출까요?</translation>
    </message>
    <message>
        <source>Stop Training</source>
        <translation>학습 중지</translation>
    </message>
    <message>
        <source>Keep Training</source>
        <translation>학습 계속</translation>
    </message>
    <message>
        <source>Stop Training keeps the change (training then starts again from new weights); Keep Training undoes it.</source>
        <translation>학습 중지를 고르면 바꾼 것이 남고 (학습은 새 가중치로 다시 시작합니다), 학습 계속을 고르면 바꾼 것을 되돌립니다.</translation>
    </message>
    <message>
        <source>Change undone: training goes on.</source>
        <translation>바꾼 것을 되돌렸습니다: 학습을 계속합니다.</translation>
    </message>
    <message>
        <source>Training stopped for the change; Train starts from new weights.</source>
        <translation>바꾸기 위해 학습을 멈췄습니다. 학습을 누르면 새 가중치로 시작합니다.</translation>
    </message>
    <message>
        <source>This setting applies when training starts again from new weights (Reset).</source>
        <translation>이 설정은 새 가중치로 학습을 다시 시작할 때(초기화) 적용됩니다.</translation>
    </message>
    <message>
        <source>The trained weights are not saved: {0}</source>
        <translation>학습된 가중치를 저장하지 못했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>guinet could not show {path}.

{message}</source>
        <translation>guinet이 {path}을(를) 보여 주지 못했습니다.

{message}</translation>
    </message>
    <message>
        <source>guinet projects (*.guinet);;All files (*)</source>
        <translation>guinet 프로젝트 (*.guinet);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new network: an Input layer wired to an Output layer</source>
        <translation>새 신경망을 시작합니다: 입력 층이 출력 층에 연결된 상태</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>프로젝트 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>프로젝트를 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>프로젝트를 새 이름으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Close guinet</source>
        <translation>guinet을 닫습니다</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>Remove the selected layers and put them on the clipboard</source>
        <translation>선택한 층을 지우고 클립보드에 넣습니다</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected layers</source>
        <translation>선택한 층을 복사합니다</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Paste copied layers onto the canvas</source>
        <translation>복사한 층을 캔버스에 붙여 넣습니다</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Copy and paste the selected layers at once</source>
        <translation>선택한 층을 한 번에 복사해 붙여 넣습니다</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected layers and their connections</source>
        <translation>선택한 층과 그 연결을 지웁니다</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Select every layer</source>
        <translation>모든 층을 선택합니다</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom into the canvas</source>
        <translation>캔버스를 확대합니다</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>캔버스를 축소합니다</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>신경망 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom so the whole network fits the canvas</source>
        <translation>신경망 전체가 캔버스에 들어오게 확대/축소합니다</translation>
    </message>
    <message>
        <source>&amp;Arrange Layers</source>
        <translation>층 정렬(&amp;A)</translation>
    </message>
    <message>
        <source>Lay the network out from left to right</source>
        <translation>신경망을 왼쪽에서 오른쪽으로 배치합니다</translation>
    </message>
    <message>
        <source>&amp;Reset Panel Layout</source>
        <translation>패널 배치 되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it starts</source>
        <translation>모든 패널을 처음 자리로 되돌립니다</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>시스템 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>Switch the colour theme</source>
        <translation>색 테마를 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>List every command and its keys</source>
        <translation>모든 명령과 그 단축키를 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;About guinet</source>
        <translation>guinet 정보(&amp;A)</translation>
    </message>
    <message>
        <source>What guinet is, and its version</source>
        <translation>guinet이 무엇인지, 그리고 버전</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>최근 파일 목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>예제(&amp;E)</translation>
    </message>
    <message>
        <source>Open the example project {name}</source>
        <translation>예제 프로젝트 {name}을(를) 엽니다</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Cannot show project</source>
        <translation>프로젝트를 보여 줄 수 없음</translation>
    </message>
    <message>
        <source>guinet could not show this project, so the one before stays open.

{message}</source>
        <translation>guinet이 이 프로젝트를 보여 주지 못해 이전 프로젝트를 그대로 열어 둡니다.

{message}</translation>
    </message>
    <message>
        <source>Data: {message}</source>
        <translation>데이터: {message}</translation>
    </message>
    <message>
        <source>Problems (%n)</source>
        <translation>문제 (%n)</translation>
    </message>
    <message>
        <source>{name}[*] — guinet</source>
        <translation>{name}[*] — guinet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them before going on?</source>
        <translation>“{name}”에 저장하지 않은 변경이 있습니다. 계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>변경 버리기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>New project: drop layers onto the connection between Input and Output.</source>
        <translation>새 프로젝트: 입력과 출력 사이의 연결선 위에 층을 놓으세요.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>guinet could not open {path}.

{message}</source>
        <translation>guinet이 {path}을(를) 열지 못했습니다.

{message}</translation>
    </message>
    <message>
        <source>Could not open {path}</source>
        <translation>{path}을(를) 열지 못했습니다</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Cannot open example</source>
        <translation>예제를 열 수 없음</translation>
    </message>
    <message>
        <source>Opened the example {name}. Save it under a name of your own to keep changes.</source>
        <translation>예제 {name}을(를) 열었습니다. 바꾼 것을 남기려면 직접 정한 이름으로 저장하세요.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>프로젝트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Started from the example {name} and changed since. The example&apos;s notes: {notes}</source>
        <translation>예제 {name}에서 시작해 고친 프로젝트입니다. 예제의 설명: {notes}</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <source>guinet could not write {path}.

{message}

Your work is still open: save it somewhere else with Save As.</source>
        <translation>guinet이 {path}에 쓰지 못했습니다.

{message}

작업은 아직 열려 있습니다: 다른 이름으로 저장으로 다른 곳에 저장하세요.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Cleared the list of recent files.</source>
        <translation>최근 파일 목록을 지웠습니다.</translation>
    </message>
    <message>
        <source>Autosave failed: {message}</source>
        <translation>자동 저장 실패: {message}</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>자동 저장 실패</translation>
    </message>
    <message>
        <source>guinet could not write its autosave copy, so unsaved work would be lost if guinet stopped now.

{message}

Save the project to keep it.</source>
        <translation>guinet이 자동 저장본을 쓰지 못해, 지금 guinet이 멈추면 저장하지 않은 작업을 잃게 됩니다.

{message}

남기려면 프로젝트를 저장하세요.</translation>
    </message>
    <message>
        <source>a project that was never saved</source>
        <translation>한 번도 저장하지 않은 프로젝트</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>저장하지 않은 작업을 복구할까요?</translation>
    </message>
    <message>
        <source>guinet did not close cleanly last time. An autosaved copy of {where} was found.

Recover it, or delete the autosaved copy?</source>
        <translation>지난번에 guinet이 제대로 닫히지 않았습니다. {where}의 자동 저장본이 있습니다.

복구할까요, 아니면 자동 저장본을 지울까요?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Delete Autosaved Copy</source>
        <translation>자동 저장본 삭제</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>복구할 수 없음</translation>
    </message>
    <message>
        <source>Recovered the autosaved project: save it to keep it.</source>
        <translation>자동 저장된 프로젝트를 복구했습니다: 남기려면 저장하세요.</translation>
    </message>
    <message>
        <source>Theme: {name}</source>
        <translation>테마: {name}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>실행 취소: {what}</translation>
    </message>
    <message>
        <source>About guinet</source>
        <translation>guinet 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;guinet {version}&lt;/h3&gt;&lt;p&gt;Build small neural networks by drawing them, train them live and watch them learn: the loss, the decision boundary, every neuron&apos;s picture and the gradients flowing back.&lt;/p&gt;&lt;p&gt;Made with PySide6 {pyside} (Qt {qt}), pyqtgraph {pg} and PyTorch (loaded when training starts).&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;guinet {version}&lt;/h3&gt;&lt;p&gt;작은 신경망을 그려서 만들고, 실시간으로 학습시키며 배우는 모습을 지켜봅니다: 손실, 결정 경계, 뉴런 하나하나의 그림, 뒤로 흐르는 기울기.&lt;/p&gt;&lt;p&gt;PySide6 {pyside} (Qt {qt}), pyqtgraph {pg}, PyTorch(학습을 시작할 때 불러옴)로 만들었습니다.&lt;/p&gt;&lt;p&gt;MIT 라이선스.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <source>Metrics</source>
        <translation>평가 지표</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Select layers or connections to delete.</source>
        <translation>지울 층이나 연결을 선택하세요.</translation>
    </message>
    <message>
        <source>Select layers to copy.</source>
        <translation>복사할 층을 선택하세요.</translation>
    </message>
    <message>
        <source>Copied {n} layer(s)</source>
        <translation>층 {n}개를 복사했습니다</translation>
    </message>
    <message>
        <source>The clipboard holds no layers to paste.</source>
        <translation>클립보드에 붙여 넣을 층이 없습니다.</translation>
    </message>
    <message>
        <source>Select layers to duplicate.</source>
        <translation>복제할 층을 선택하세요.</translation>
    </message>
    <message>
        <source>Unknown layer kind {kind}</source>
        <translation>알 수 없는 층 종류 {kind}</translation>
    </message>
    <message>
        <source>A network has only one {label} layer, and this one has it already.</source>
        <translation>신경망에는 {label} 층이 하나만 있을 수 있는데, 이미 있습니다.</translation>
    </message>
    <message>
        <source>The network is already arranged.</source>
        <translation>신경망이 이미 정렬되어 있습니다.</translation>
    </message>
    <message>
        <source>Arrange layers</source>
        <translation>층 정렬</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>잘라내기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Insert layer</source>
        <translation>층 끼워 넣기</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>층 추가</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>정렬</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>창에 맞추기</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <source>Allowed: {range}</source>
        <translation>허용: {range}</translation>
    </message>
    <message>
        <source>Choose at least {n}</source>
        <translation>적어도 {n}개를 고르세요</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>기본값: {value}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>{label} (mixed):</source>
        <translation>{label} (혼합):</translation>
    </message>
    <message>
        <source>The selected layers differ here: {values}. A value chosen here is set on all of them.</source>
        <translation>선택한 층들의 값이 서로 다릅니다: {values}. 여기서 고른 값은 모든 층에 설정됩니다.</translation>
    </message>
    <message>
        <source>{label}: {typed} is outside the allowed range ({range}); kept {kept}.</source>
        <translation>{label}: {typed}은(는) 허용 범위({range}) 밖이라 {kept}을(를) 유지했습니다.</translation>
    </message>
    <message>
        <source>from {lo} to {hi}</source>
        <translation>{lo}부터 {hi}까지</translation>
    </message>
    <message>
        <source>above {n}</source>
        <translation>{n} 초과</translation>
    </message>
    <message>
        <source>at least {n}</source>
        <translation>{n} 이상</translation>
    </message>
    <message>
        <source>below {n}</source>
        <translation>{n} 미만</translation>
    </message>
    <message>
        <source>at most {n}</source>
        <translation>{n} 이하</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 그리고 </translation>
    </message>
    <message>
        <source>{label}: choose at least {n}.</source>
        <translation>{label}: 적어도 {n}개를 고르세요.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>파일 고르기</translation>
    </message>
    <message>
        <source>None yet. Turn on Draw (D) on the Decision boundary plot and click to add points.</source>
        <translation>아직 없습니다. 결정 경계 그래프에서 그리기(D)를 켜고 클릭해 점을 더하세요.</translation>
    </message>
    <message>
        <source>{n} of class {k}</source>
        <translation>클래스 {k} {n}개</translation>
    </message>
    <message>
        <source>{n} points ({classes}). Draw more on the Decision boundary plot (D).</source>
        <translation>점 {n}개 ({classes}). 결정 경계 그래프에서 더 그릴 수 있습니다 (D).</translation>
    </message>
    <message>
        <source>{n} points. Draw more on the Decision boundary plot (D).</source>
        <translation>점 {n}개. 결정 경계 그래프에서 더 그릴 수 있습니다 (D).</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <source>Export as PNG image…</source>
        <translation>PNG 이미지로 내보내기…</translation>
    </message>
    <message>
        <source>Export as SVG drawing…</source>
        <translation>SVG 그림으로 내보내기…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>데이터를 CSV로 내보내기…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
    </message>
    <message>
        <source>Show only the predicted class (or value bands) instead of the network&apos;s confidence.</source>
        <translation>신경망의 확신 정도 대신 예측한 클래스(또는 값의 구간)만 보여 줍니다.</translation>
    </message>
    <message>
        <source>The decision boundary needs a 2-D data set
(logic gates or toy sets).</source>
        <translation>결정 경계에는 2차원 데이터셋이 필요합니다
(논리 게이트나 예제용 데이터셋).</translation>
    </message>
    <message>
        <source>plane of the first two principal components of the {n} inputs</source>
        <translation>입력 {n}개의 첫 두 주성분이 이루는 평면</translation>
    </message>
    <message>
        <source>● training   ○ test</source>
        <translation>● 학습   ○ 평가</translation>
    </message>
    <message>
        <source>The colours are the network&apos;s output over the input plane; filled points are the training data, hollow points the test data.</source>
        <translation>색은 입력 평면 위 신경망의 출력입니다. 속이 찬 점은 학습 데이터, 빈 점은 평가 데이터입니다.</translation>
    </message>
    <message>
        <source>gradients per layer: press Train or Step</source>
        <translation>층별 기울기: 학습 또는 한 단계를 누르세요</translation>
    </message>
    <message>
        <source>The L2 norm of each layer&apos;s gradient, input → output (bars), and the same norms over time (lines). Amber: vanishing; red: exploding.</source>
        <translation>각 층 기울기의 L2 노름, 입력 → 출력(막대), 그리고 같은 노름의 시간에 따른 변화(선). 주황: 기울기 소실, 빨강: 기울기 폭주.</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>층별</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>시간에 따라</translation>
    </message>
    <message>
        <source>‖grad‖₂</source>
        <translation>‖기울기‖₂</translation>
    </message>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>폭주</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>활성값</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성값</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>{0}: none</source>
        <translation>{0}: 없음</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>층 {0}</translation>
    </message>
    <message>
        <source>no layer with weights</source>
        <translation>가중치가 있는 층 없음</translation>
    </message>
    <message>
        <source>, {0:.0%} dead</source>
        <translation>, {0:.0%} 죽음</translation>
    </message>
    <message>
        <source>The network predicts class {0} everywhere</source>
        <translation>신경망이 모든 곳에서 클래스 {0}(으)로 예측합니다</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>The held-out test split: how well the network generalizes</source>
        <translation>따로 떼어 둔 테스트 데이터: 신경망이 얼마나 일반화하는지</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>The training split: what the network learned from</source>
        <translation>학습 데이터: 신경망이 배운 데이터</translation>
    </message>
    <message>
        <source>Confusion matrix · rows: true class, columns: predicted class</source>
        <translation>혼동 행렬 · 행: 실제 클래스, 열: 예측 클래스</translation>
    </message>
    <message>
        <source>Each cell: how many samples of the row&apos;s class the network put in the column&apos;s class, and their share of the row&apos;s class. The diagonal is right.</source>
        <translation>각 칸: 행의 클래스에 속한 샘플 중 신경망이 열의 클래스로 예측한 수와 그 비율. 대각선이 맞힌 것입니다.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>Of the samples predicted as this class, the share that truly are</source>
        <translation>이 클래스로 예측한 샘플 중 실제로 이 클래스인 비율</translation>
    </message>
    <message>
        <source>Of the samples of this class, the share the network found</source>
        <translation>이 클래스의 샘플 중 신경망이 찾아낸 비율</translation>
    </message>
    <message>
        <source>The harmonic mean of precision and recall</source>
        <translation>정밀도와 재현율의 조화 평균</translation>
    </message>
    <message>
        <source>How many samples of this class the split holds</source>
        <translation>이 데이터 분할에 있는 이 클래스의 샘플 수</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>실제값</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>예측값</translation>
    </message>
    <message>
        <source>Metrics appear once there is data to learn from.</source>
        <translation>학습할 데이터가 생기면 평가 지표가 나타납니다.</translation>
    </message>
    <message>
        <source>Train the network to see its confusion matrix and per-class scores here.</source>
        <translation>신경망을 학습시키면 여기에 혼동 행렬과 클래스별 점수가 나타납니다.</translation>
    </message>
    <message>
        <source>Train the network to see its predictions against the actual targets here.</source>
        <translation>신경망을 학습시키면 여기에 실제값 대비 예측값이 나타납니다.</translation>
    </message>
    <message>
        <source>There is no test split (the training share is 1); showing the training split.</source>
        <translation>테스트 데이터가 없습니다(학습 비율 1). 학습 데이터를 보여 줍니다.</translation>
    </message>
    <message>
        <source> (a sample of {n:,})</source>
        <translation> (표본 {n:,}개)</translation>
    </message>
    <message>
        <source>{split} split, {n:,} samples{sampled}: accuracy {acc:.1%}, balanced accuracy {bal:.1%}</source>
        <translation>{split} 데이터, 샘플 {n:,}개{sampled}: 정확도 {acc:.1%}, 균형 정확도 {bal:.1%}</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>{count:,} samples of class {true} predicted as {pred} ({share:.1%} of {true})</source>
        <translation>클래스 {true}의 샘플 {count:,}개를 {pred}(으)로 예측 ({true}의 {share:.1%})</translation>
    </message>
    <message>
        <source>{split} split, {n:,} samples: RMSE {rmse:.4g}, MAE {mae:.4g}, R² {r2}</source>
        <translation>{split} 데이터, 샘플 {n:,}개: RMSE {rmse:.4g}, MAE {mae:.4g}, R² {r2}</translation>
    </message>
    <message>
        <source>gradients flow</source>
        <translation>기울기가 잘 흐름</translation>
    </message>
    <message>
        <source>vanishing gradients</source>
        <translation>기울기 소실</translation>
    </message>
    <message>
        <source>exploding gradients</source>
        <translation>기울기 폭발</translation>
    </message>
    <message>
        <source>saturated units</source>
        <translation>포화된 뉴런</translation>
    </message>
    <message>
        <source>dead ReLUs</source>
        <translation>죽은 ReLU</translation>
    </message>
    <message>
        <source>smallest {0:.2g} ({1})</source>
        <translation>최소 {0:.2g} ({1})</translation>
    </message>
    <message>
        <source>largest {0:.2g} ({1})</source>
        <translation>최대 {0:.2g} ({1})</translation>
    </message>
    <message>
        <source>the selected layer: press Train or Step</source>
        <translation>선택한 층: 학습 또는 한 단계를 누르세요</translation>
    </message>
    <message>
        <source>loss:</source>
        <translation>손실:</translation>
    </message>
    <message>
        <source>train {0:.4g}</source>
        <translation>학습 {0:.4g}</translation>
    </message>
    <message>
        <source>accuracy:</source>
        <translation>정확도:</translation>
    </message>
    <message>
        <source>train {0:.1%}</source>
        <translation>학습 {0:.1%}</translation>
    </message>
    <message>
        <source>Bars, input → output: {0}</source>
        <translation>막대, 입력 → 출력: {0}</translation>
    </message>
    <message>
        <source>{0}   ·   {1} from {2} to {3}</source>
        <translation>{0}   ·   {2}에서 {3}까지 {1}</translation>
    </message>
    <message>
        <source>outputs: mean {0:.3g}, std {1:.3g}</source>
        <translation>출력: 평균 {0:.3g}, 표준편차 {1:.3g}</translation>
    </message>
    <message>
        <source>, {0:.0%} saturated</source>
        <translation>, {0:.0%} 포화</translation>
    </message>
    <message>
        <source>update/weight 10^{0:.1f} (healthy ≈ 10^-3)</source>
        <translation>갱신/가중치 10^{0:.1f} (건강한 값 ≈ 10^-3)</translation>
    </message>
    <message>
        <source>select a layer to choose</source>
        <translation>층을 선택해 고르세요</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>previous run</source>
        <translation>지난 학습</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>test</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Loss: press Train</source>
        <translation>손실: 학습을 누르세요</translation>
    </message>
    <message>
        <source>test {0:.4g}</source>
        <translation>평가 {0:.4g}</translation>
    </message>
    <message>
        <source>test {0:.1%}</source>
        <translation>평가 {0:.1%}</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>diverged ({0})</source>
        <translation>발산 ({0})</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems: the network is ready to train.</source>
        <translation>문제 없음: 신경망을 학습시킬 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>Training: {0}</source>
        <translation>학습: {0}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>문제 1개</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>문제 {n}개</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>This layer has no settings of its own.</source>
        <translation>이 층에는 따로 설정이 없습니다.</translation>
    </message>
    <message>
        <source>{name} and its slope</source>
        <translation>{name}와(과) 그 기울기</translation>
    </message>
    <message>
        <source>Output head: {name} and its slope</source>
        <translation>출력 방식: {name}와(과) 그 기울기</translation>
    </message>
    <message>
        <source>{n} layers selected</source>
        <translation>층 {n}개 선택됨</translation>
    </message>
    <message>
        <source>Set {param} of {n} layers</source>
        <translation>층 {n}개의 {param} 설정</translation>
    </message>
    <message>
        <source>These layers share no settings. Delete, Cut, Copy and Duplicate act on the whole selection.</source>
        <translation>이 층들에는 공통 설정이 없습니다. 삭제, 잘라내기, 복사, 복제는 선택 전체에 적용됩니다.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to edit its settings, or drag one in from the Layers palette.</source>
        <translation>캔버스에서 층을 선택해 설정을 바꾸거나, 층 패널에서 층을 끌어 오세요.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>폭</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>{n} layers, {p} trainable parameters</source>
        <translation>층 {n}개, 학습 가능한 매개변수 {p}개</translation>
    </message>
    <message>
        <source>… and %n more layers (select one on the canvas to see it).</source>
        <translation>… 그 밖에 층 %n개 (캔버스에서 층을 선택하면 볼 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>캔버스</translation>
    </message>
    <message>
        <source>Add a layer</source>
        <translation>층 추가</translation>
    </message>
    <message>
        <source>Drag it from the Layers palette; double-click or Enter adds it after the selected layer</source>
        <translation>층 패널에서 끌어 옵니다. 더블클릭이나 Enter는 선택한 층 뒤에 더합니다</translation>
    </message>
    <message>
        <source>Connect two layers</source>
        <translation>두 층 연결</translation>
    </message>
    <message>
        <source>Drag from an output port to an input port</source>
        <translation>출력 포트에서 입력 포트로 끕니다</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Click, Ctrl+click, or drag a rubber band</source>
        <translation>클릭, Ctrl+클릭, 또는 영역을 끌어 선택</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+마우스 휠</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>화면 이동</translation>
    </message>
    <message>
        <source>Middle mouse button, or Space+drag</source>
        <translation>가운데 마우스 버튼, 또는 Space+끌기</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Commands and their keys. Editing keys (Delete, Copy, Select All…) act on the canvas when it has the focus.</source>
        <translation>명령과 그 단축키입니다. 편집 키(Delete, 복사, 모두 선택…)는 캔버스에 포커스가 있을 때 캔버스에 작용합니다.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Forward propagation: each neuron forms its weighted sum z = w·x + b of what flows in along the edges, then its activation a = f(z) flows on to the next layer.</source>
        <translation>순전파: 각 뉴런은 연결선을 따라 들어온 값의 가중치 합 z = w·x + b를 만들고, 그 활성값 a = f(z)가 다음 층으로 흘러갑니다.</translation>
    </message>
    <message>
        <source>The loss compares the network&apos;s output with the target: how wrong this prediction is.</source>
        <translation>손실은 신경망의 출력을 정답과 비교합니다: 이 예측이 얼마나 틀렸는지.</translation>
    </message>
    <message>
        <source>Backward propagation (the chain rule): the loss&apos;s derivative flows back from the output. For each unit, dL/dz = dL/da · f&apos;(z); then each weight&apos;s gradient is dL/dW = dL/dz · a_prev (what came in along its edge) and dL/db = dL/dz.</source>
        <translation>역전파 (연쇄 법칙): 손실의 미분값이 출력에서 뒤로 흘러갑니다. 유닛마다 dL/dz = dL/da · f&apos;(z)이고, 각 가중치의 기울기는 dL/dW = dL/dz · a_prev (그 연결선으로 들어온 값), dL/db = dL/dz입니다.</translation>
    </message>
    <message>
        <source>The update: the optimizer turns each gradient into a change of its weight.</source>
        <translation>업데이트: 최적화 기법이 각 기울기를 그 가중치의 변화로 바꿉니다.</translation>
    </message>
    <message>
        <source>Pick a sample: a row below, or a point in the decision boundary.</source>
        <translation>샘플을 고르세요: 아래의 행, 또는 결정 경계의 점.</translation>
    </message>
    <message>
        <source>Whole batch</source>
        <translation>배치 전체</translation>
    </message>
    <message>
        <source>Step on one (mini-)batch instead of one sample: the gradients are averaged over its samples, as training does.</source>
        <translation>샘플 하나 대신 (미니) 배치 하나로 한 단계를 진행합니다: 학습에서처럼 기울기를 배치의 샘플들에 걸쳐 평균합니다.</translation>
    </message>
    <message>
        <source>The training samples (a logic gate&apos;s truth table): click one to step through it.</source>
        <translation>학습 샘플 (논리 게이트의 진리표): 하나를 클릭하면 그 샘플로 단계별 실행을 합니다.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>The previous phase (Left arrow)</source>
        <translation>이전 단계 (왼쪽 화살표)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>The next phase (Right arrow)</source>
        <translation>다음 단계 (오른쪽 화살표)</translation>
    </message>
    <message>
        <source>Whose change to show</source>
        <translation>어느 것의 변화를 보일지</translation>
    </message>
    <message>
        <source>target y</source>
        <translation>정답 y</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>the network&apos;s output now</source>
        <translation>지금 네트워크의 출력</translation>
    </message>
    <message>
        <source>Step through one training step</source>
        <translation>학습 한 단계를 단계별로 실행</translation>
    </message>
    <message>
        <source>Pick a sample to see, number by number, how the network computes its output, its loss, every gradient (the chain rule) and the change of every weight.</source>
        <translation>샘플을 고르면 신경망이 출력, 손실, 모든 기울기(연쇄 법칙), 모든 가중치의 변화를 어떻게 계산하는지 수 하나하나로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Take step, next ▶</source>
        <translation>업데이트 적용, 다음 ▶</translation>
    </message>
    <message>
        <source>Apply this update to the network and go on with the next sample (Right arrow)</source>
        <translation>이 업데이트를 신경망에 적용하고 다음 샘플로 넘어갑니다 (오른쪽 화살표)</translation>
    </message>
    <message>
        <source>sample {0}</source>
        <translation>샘플 {0}</translation>
    </message>
    <message>
        <source>a batch of {0} samples (values shown for sample {1}; gradients averaged)</source>
        <translation>샘플 {0}개의 배치 (값은 샘플 {1}의 것, 기울기는 평균)</translation>
    </message>
    <message>
        <source>Forward · {0} · {1}</source>
        <translation>순전파 · {0} · {1}</translation>
    </message>
    <message>
        <source>In along the edges: a_prev = {0};  z = W·a_prev + b;  a = {1}</source>
        <translation>연결선을 따라 들어옴: a_prev = {0};  z = W·a_prev + b;  a = {1}</translation>
    </message>
    <message>
        <source>Loss · {0}</source>
        <translation>손실 · {0}</translation>
    </message>
    <message>
        <source>Backward · {0} · {1}</source>
        <translation>역전파 · {0} · {1}</translation>
    </message>
    <message>
        <source>{0} sends back to {1}: {2}  ({3})</source>
        <translation>{0}이(가) {1}(으)로 되돌려 보냄: {2}  ({3})</translation>
    </message>
    <message>
        <source>Update · {0} · learning rate {1}</source>
        <translation>업데이트 · {0} · 학습률 {1}</translation>
    </message>
    <message>
        <source>unit {0}</source>
        <translation>유닛 {0}</translation>
    </message>
    <message>
        <source>z (raw output)</source>
        <translation>z (가공 전 출력)</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>예측값</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>출력 {0}</translation>
    </message>
    <message>
        <source>loss L</source>
        <translation>손실 L</translation>
    </message>
    <message>
        <source>largest |g|</source>
        <translation>가장 큰 |g|</translation>
    </message>
    <message>
        <source>largest change</source>
        <translation>가장 큰 변화</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>최적화 기법의 상태</translation>
    </message>
    <message>
        <source>Weights W and bias b of {0} (double-click a value to type a new one; Undo takes it back)</source>
        <translation>{0}의 가중치 W와 편향 b (값을 더블클릭하면 새 값을 입력할 수 있고, 실행 취소로 되돌립니다)</translation>
    </message>
    <message>
        <source>Weights W and bias b of {0}</source>
        <translation>{0}의 가중치 W와 편향 b</translation>
    </message>
    <message>
        <source>dL/dW = dL/dz · a_prevᵀ and dL/db of {0}</source>
        <translation>{0}의 dL/dW = dL/dz · a_prevᵀ 와 dL/db</translation>
    </message>
    <message>
        <source>The change ΔW and Δb the optimizer made to {0}</source>
        <translation>최적화 기법이 {0}에 준 변화 ΔW와 Δb</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number: type a value such as 0.5 or -1.2.</source>
        <translation>&apos;{0}&apos;은(는) 수가 아닙니다: 0.5나 -1.2 같은 값을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Full batch</source>
        <translation>전체 배치</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>미니 배치</translation>
    </message>
    <message>
        <source>Stochastic (1)</source>
        <translation>확률적 (1)</translation>
    </message>
    <message>
        <source>Batch gradient descent: every update uses the whole training set.</source>
        <translation>배치 경사하강법: 업데이트마다 학습 데이터 전체를 씁니다.</translation>
    </message>
    <message>
        <source>Mini-batch gradient descent: each update uses a small random batch ({n} by default).</source>
        <translation>미니 배치 경사하강법: 업데이트마다 작은 무작위 배치를 씁니다 (기본 {n}개).</translation>
    </message>
    <message>
        <source>Stochastic gradient descent: each update uses one sample.</source>
        <translation>확률적 경사하강법: 업데이트마다 샘플 하나를 씁니다.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Automatic: {device}</source>
        <translation>자동: {device}</translation>
    </message>
    <message>
        <source>{first} (+{more} more)</source>
        <translation>{first} (외 {more}개)</translation>
    </message>
    <message>
        <source>{device}: not present here, the CPU is used</source>
        <translation>{device}: 이 컴퓨터에 없어 CPU를 씁니다</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>{units} units · {activation}</source>
        <translation>유닛 {units}개 · {activation}</translation>
    </message>
    <message>
        <source>dropout {p:g}</source>
        <translation>드롭아웃 {p:g}</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>편향 없음</translation>
    </message>
    <message>
        <source>drop rate {p:g}</source>
        <translation>드롭 비율 {p:g}</translation>
    </message>
    <message>
        <source>mean 0, variance 1</source>
        <translation>평균 0, 분산 1</translation>
    </message>
    <message>
        <source>element-wise sum</source>
        <translation>원소별 합</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>나란히 잇기</translation>
    </message>
    <message>
        <source>the data&apos;s features</source>
        <translation>데이터의 피처</translation>
    </message>
    <message>
        <source>head: {head}</source>
        <translation>출력 방식: {head}</translation>
    </message>
    <message>
        <source>Output: drag from here to another layer&apos;s input to connect</source>
        <translation>출력: 여기서 다른 층의 입력으로 끌어 연결합니다</translation>
    </message>
    <message>
        <source>Input: takes two or more connections</source>
        <translation>입력: 연결을 둘 이상 받습니다</translation>
    </message>
    <message>
        <source>Input: takes one connection</source>
        <translation>입력: 연결을 하나 받습니다</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Output width: {width}</source>
        <translation>출력 폭: {width}</translation>
    </message>
    <message>
        <source>{src} → {dst}
Drop a layer here to insert it; Delete removes the connection</source>
        <translation>{src} → {dst}
층을 여기에 놓으면 끼워 넣고, Delete 키는 연결을 지웁니다</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>The features of each sample enter here. Its width is the number of input features chosen in the Data panel.</source>
        <translation>각 샘플의 피처가 여기로 들어옵니다. 폭은 데이터 패널에서 고른 입력 피처의 수입니다.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>A fully connected layer: every neuron computes a(w·x + b) over all inputs. Stack them to make a multi-layer perceptron.</source>
        <translation>완전 연결 층: 모든 뉴런이 입력 전체에 대해 a(w·x + b)를 계산합니다. 여러 층 쌓으면 다층 퍼셉트론이 됩니다.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛 수</translation>
    </message>
    <message>
        <source>Number of neurons in this layer (its output width).</source>
        <translation>이 층의 뉴런 수 (출력 폭).</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>The function applied to each neuron&apos;s weighted sum.</source>
        <translation>각 뉴런의 가중치 합에 적용하는 함수입니다.</translation>
    </message>
    <message>
        <source>Linear (none)</source>
        <translation>선형 (없음)</translation>
    </message>
    <message>
        <source>Passes the weighted sum through unchanged. A stack of linear layers is still one linear map, so hidden layers need a nonlinearity to bend decision boundaries.</source>
        <translation>가중치 합을 그대로 내보냅니다. 선형 층을 쌓아도 선형 변환 하나일 뿐이므로, 결정 경계를 굽히려면 은닉층에 비선형 함수가 필요합니다.</translation>
    </message>
    <message>
        <source>Step (Heaviside)</source>
        <translation>계단 (헤비사이드)</translation>
    </message>
    <message>
        <source>The original perceptron&apos;s activation: 1 when the weighted sum is at least 0, else 0. Its slope is zero everywhere, so gradient descent cannot train through it; use the perceptron learning rule.</source>
        <translation>처음 퍼셉트론의 활성화 함수: 가중치 합이 0 이상이면 1, 아니면 0. 기울기가 어디서나 0이라 경사하강법으로는 학습할 수 없으니 퍼셉트론 학습 규칙을 쓰세요.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>Squashes any number into (0, 1). Smooth, but its slope is at most 0.25, so in deep stacks gradients shrink layer by layer (vanishing gradients). Pair with Xavier.</source>
        <translation>어떤 수든 (0, 1) 사이로 누릅니다. 매끄럽지만 기울기가 최대 0.25라서 깊이 쌓으면 층마다 기울기가 줄어듭니다(기울기 소실). Xavier 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Like sigmoid but centred on zero, range (-1, 1); slope at most 1. Pair with Xavier/Glorot initialization.</source>
        <translation>시그모이드와 비슷하지만 0을 중심으로 하며 범위는 (-1, 1), 기울기는 최대 1입니다. Xavier/Glorot 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>max(0, x): slope 1 for positive inputs, so gradients pass without shrinking. The usual default for hidden layers; pair with He initialization. Units stuck below zero stop learning (&apos;dead ReLU&apos;).</source>
        <translation>max(0, x): 양수 입력에서 기울기가 1이라 기울기가 줄지 않고 전달됩니다. 은닉층의 일반적인 기본값이며 He 초기화와 함께 씁니다. 0 아래에 머무는 유닛은 더 배우지 못합니다(죽은 ReLU).</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Like ReLU but with a small slope for negative inputs, so no unit dies completely.</source>
        <translation>ReLU와 같지만 음수 입력에 작은 기울기를 두어 어떤 유닛도 완전히 죽지 않습니다.</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>음수 쪽 기울기</translation>
    </message>
    <message>
        <source>Slope for inputs below zero.</source>
        <translation>0보다 작은 입력의 기울기입니다.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Exponential linear unit: identity for positive inputs, a smooth curve towards -alpha for negative ones; keeps mean activations near zero.</source>
        <translation>지수 선형 유닛: 양수 입력은 그대로, 음수 입력은 -alpha로 다가가는 매끄러운 곡선. 활성값의 평균을 0 근처로 지킵니다.</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>알파</translation>
    </message>
    <message>
        <source>Value approached for very negative inputs.</source>
        <translation>아주 작은(음수) 입력에서 다가가는 값입니다.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Gaussian error linear unit, a smooth ReLU used in transformers.</source>
        <translation>가우스 오차 선형 유닛: 트랜스포머에서 쓰는 매끄러운 ReLU.</translation>
    </message>
    <message>
        <source>SiLU (Swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>x times sigmoid(x): a smooth ReLU-like curve that dips slightly below zero.</source>
        <translation>x 곱하기 sigmoid(x): 0 아래로 살짝 내려가는 매끄러운 ReLU 모양 곡선.</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <source>Turns a vector of scores into probabilities that sum to 1; used on the output of a classifier with more than two classes.</source>
        <translation>점수 벡터를 합이 1인 확률로 바꿉니다. 클래스가 셋 이상인 분류기의 출력에 씁니다.</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>How the weights are drawn before training starts.</source>
        <translation>학습을 시작하기 전에 가중치를 뽑는 방법입니다.</translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation>PyTorch 기본값</translation>
    </message>
    <message>
        <source>What torch.nn.Linear does on its own: uniform in ±1/sqrt(fan_in) (Kaiming uniform with a=sqrt(5)) for weights, the same bound for biases.</source>
        <translation>torch.nn.Linear가 스스로 하는 방식: 가중치는 ±1/sqrt(fan_in) 사이의 균등 분포(a=sqrt(5)인 Kaiming 균등 분포), 편향도 같은 범위.</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot 균등 분포</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio (2010): uniform with variance 2/(fan_in+fan_out), keeping signals the same size through sigmoid and tanh layers.</source>
        <translation>글로럿과 벤지오(2010): 분산이 2/(fan_in+fan_out)인 균등 분포로, 시그모이드와 tanh 층을 지나도 신호의 크기를 유지합니다.</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation>Xavier/Glorot 정규 분포</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio (2010), drawn from a normal distribution with variance 2/(fan_in+fan_out). Good with sigmoid and tanh.</source>
        <translation>글로럿과 벤지오(2010): 분산이 2/(fan_in+fan_out)인 정규 분포에서 뽑습니다. 시그모이드, tanh와 잘 맞습니다.</translation>
    </message>
    <message>
        <source>He/Kaiming uniform</source>
        <translation>He/Kaiming 균등 분포</translation>
    </message>
    <message>
        <source>He et al. (2015): variance 2/fan_in, which makes up for ReLU zeroing half its inputs. The gain follows this layer&apos;s activation.</source>
        <translation>헤 외(2015): 분산 2/fan_in으로, ReLU가 입력의 절반을 0으로 만드는 것을 메웁니다. 이득(gain)은 이 층의 활성화 함수를 따릅니다.</translation>
    </message>
    <message>
        <source>Fan mode</source>
        <translation>팬 기준 (fan_in/fan_out)</translation>
    </message>
    <message>
        <source>fan_in keeps the forward signal&apos;s variance; fan_out keeps the gradients&apos; variance.</source>
        <translation>fan_in은 순전파 신호의 분산을, fan_out은 기울기의 분산을 유지합니다.</translation>
    </message>
    <message>
        <source>fan_in</source>
        <translation>fan_in</translation>
    </message>
    <message>
        <source>Scale by the number of inputs (preserves activations).</source>
        <translation>입력 수로 크기를 맞춥니다 (활성값 유지).</translation>
    </message>
    <message>
        <source>fan_out</source>
        <translation>fan_out</translation>
    </message>
    <message>
        <source>Scale by the number of outputs (preserves gradients).</source>
        <translation>출력 수로 크기를 맞춥니다 (기울기 유지).</translation>
    </message>
    <message>
        <source>He/Kaiming normal</source>
        <translation>He/Kaiming 정규 분포</translation>
    </message>
    <message>
        <source>He et al. (2015), normal distribution with variance 2/fan_in (gain from this layer&apos;s activation). The partner of ReLU.</source>
        <translation>헤 외(2015): 분산 2/fan_in인 정규 분포(이득은 이 층의 활성화 함수에서). ReLU의 짝입니다.</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 정규 분포</translation>
    </message>
    <message>
        <source>Normal with variance 1/fan_in; the partner of SELU-style self-normalizing networks.</source>
        <translation>분산 1/fan_in인 정규 분포. SELU 같은 자기 정규화 신경망의 짝입니다.</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>직교</translation>
    </message>
    <message>
        <source>A random orthogonal matrix (scaled by gain): keeps vector lengths, which helps very deep networks.</source>
        <translation>무작위 직교 행렬(이득을 곱함): 벡터의 길이를 지켜 아주 깊은 신경망에 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>이득</translation>
    </message>
    <message>
        <source>Scale applied to the orthogonal matrix.</source>
        <translation>직교 행렬에 곱하는 배율입니다.</translation>
    </message>
    <message>
        <source>Normal(mean, std)</source>
        <translation>정규 분포(평균, 표준편차)</translation>
    </message>
    <message>
        <source>Every weight drawn from a normal distribution. Too small a std makes gradients vanish in deep networks; too large makes them explode.</source>
        <translation>모든 가중치를 정규 분포에서 뽑습니다. 표준편차가 너무 작으면 깊은 신경망에서 기울기가 소실되고, 너무 크면 폭주합니다.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Centre of the distribution.</source>
        <translation>분포의 중심입니다.</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>Spread of the distribution.</source>
        <translation>분포의 퍼짐입니다.</translation>
    </message>
    <message>
        <source>Uniform(a, b)</source>
        <translation>균등 분포(a, b)</translation>
    </message>
    <message>
        <source>Every weight drawn uniformly between a and b.</source>
        <translation>모든 가중치를 a와 b 사이에서 고르게 뽑습니다.</translation>
    </message>
    <message>
        <source>Low (a)</source>
        <translation>아래 (a)</translation>
    </message>
    <message>
        <source>Smallest value.</source>
        <translation>가장 작은 값입니다.</translation>
    </message>
    <message>
        <source>High (b)</source>
        <translation>위 (b)</translation>
    </message>
    <message>
        <source>Largest value.</source>
        <translation>가장 큰 값입니다.</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>0</translation>
    </message>
    <message>
        <source>All zero. For biases this is the usual choice; for weights it makes every unit of a layer identical forever (no symmetry breaking).</source>
        <translation>모두 0. 편향에는 보통 이것을 쓰지만, 가중치에 쓰면 한 층의 모든 유닛이 영원히 똑같아집니다(대칭이 깨지지 않음).</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>Every value the same constant.</source>
        <translation>모든 값을 같은 상수로 둡니다.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>The constant.</source>
        <translation>상수 값입니다.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>Add a learnable bias b to each neuron: y = a(w·x + b). Without it every decision line passes through the origin.</source>
        <translation>뉴런마다 학습되는 편향 b를 더합니다: y = a(w·x + b). 편향이 없으면 모든 결정 경계 직선이 원점을 지납니다.</translation>
    </message>
    <message>
        <source>Bias initializer</source>
        <translation>편향 초기화</translation>
    </message>
    <message>
        <source>How the biases are set before training starts.</source>
        <translation>학습을 시작하기 전에 편향을 정하는 방법입니다.</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Normalize the weighted sums before the activation.</source>
        <translation>활성화 함수 전에 가중치 합을 정규화합니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No normalization.</source>
        <translation>정규화하지 않습니다.</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Ioffe &amp; Szegedy (2015): before the activation, rescale each feature to mean 0 and variance 1 over the mini-batch, then learn a scale and shift. Keeps deep networks trainable; wants batches that are not too small.</source>
        <translation>Ioffe와 Szegedy(2015): 활성화 함수 전에 각 피처를 미니 배치에 걸쳐 평균 0, 분산 1로 맞춘 뒤 배율과 이동을 학습합니다. 깊은 신경망을 학습할 수 있게 지켜 주며, 너무 작지 않은 배치가 필요합니다.</translation>
    </message>
    <message>
        <source>Layer norm</source>
        <translation>층 정규화</translation>
    </message>
    <message>
        <source>Ba et al. (2016): normalize each sample over its own features, so it does not depend on the batch; works with batch size 1 and in recurrent networks.</source>
        <translation>Ba 외(2016): 각 샘플을 자기 피처들에 걸쳐 정규화하므로 배치와 상관없습니다. 배치 크기 1이나 순환 신경망에서도 동작합니다.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>During training, zero each output with this probability (and scale the rest up), so the network cannot rely on any single unit.</source>
        <translation>학습 중에 각 출력을 이 확률로 0으로 만들어(나머지는 그만큼 키움) 신경망이 어느 한 유닛에 기대지 못하게 합니다.</translation>
    </message>
    <message>
        <source>Applies a function to each value on its own, with no weights.</source>
        <translation>가중치 없이 각 값에 함수를 따로 적용합니다.</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>Normalizes each feature over the mini-batch to mean 0 and variance 1, then learns a scale and shift. Helps deep networks train.</source>
        <translation>각 피처를 미니 배치에 걸쳐 평균 0, 분산 1로 정규화한 뒤 배율과 이동을 학습합니다. 깊은 신경망의 학습을 돕습니다.</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>엡실론</translation>
    </message>
    <message>
        <source>Added to the variance before dividing, for stability.</source>
        <translation>안정성을 위해 나누기 전에 분산에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>How fast the running mean and variance used at test time follow the batches.</source>
        <translation>평가 때 쓰는 이동 평균과 분산이 배치를 얼마나 빨리 따라가는지입니다.</translation>
    </message>
    <message>
        <source>LayerNorm</source>
        <translation>LayerNorm</translation>
    </message>
    <message>
        <source>Normalizes each sample over its own features; independent of the batch size.</source>
        <translation>각 샘플을 자기 피처들에 걸쳐 정규화합니다. 배치 크기와 상관없습니다.</translation>
    </message>
    <message>
        <source>Zeroes random values during training so the network learns redundant features; does nothing at test time.</source>
        <translation>학습 중에 무작위로 값을 0으로 만들어 신경망이 여분의 피처를 배우게 합니다. 평가 때는 아무것도 하지 않습니다.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Adds its inputs element by element; they must have the same width. With a skip connection this makes a residual block, which lets gradients bypass deep stacks.</source>
        <translation>입력들을 원소별로 더합니다. 폭이 같아야 합니다. 건너뛰는 연결과 함께 쓰면 잔차 블록이 되어 기울기가 깊은 층을 우회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Concat</source>
        <translation>Concat</translation>
    </message>
    <message>
        <source>Joins its inputs side by side; the output width is the sum of theirs.</source>
        <translation>입력들을 나란히 이어 붙입니다. 출력 폭은 입력 폭의 합입니다.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>The prediction. Its width and activation follow the task (one sigmoid unit for two classes, softmax over K classes, a linear unit for regression) unless you choose a head yourself.</source>
        <translation>예측값입니다. 출력 방식을 직접 고르지 않으면 폭과 활성화 함수가 과제를 따릅니다(클래스 둘이면 시그모이드 유닛 하나, K개면 소프트맥스, 회귀면 선형 유닛 하나).</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>출력 방식</translation>
    </message>
    <message>
        <source>Output activation and matching loss.</source>
        <translation>출력의 활성화 함수와 그에 맞는 손실 함수입니다.</translation>
    </message>
    <message>
        <source>From the task</source>
        <translation>과제에 따라</translation>
    </message>
    <message>
        <source>Sigmoid with binary cross-entropy for two classes, softmax with cross-entropy for more, linear with mean squared error for regression.</source>
        <translation>클래스 둘이면 시그모이드와 이진 교차 엔트로피, 더 많으면 소프트맥스와 교차 엔트로피, 회귀면 선형과 평균 제곱 오차.</translation>
    </message>
    <message>
        <source>Sigmoid (two classes)</source>
        <translation>시그모이드 (클래스 둘)</translation>
    </message>
    <message>
        <source>One output unit squashed to a probability.</source>
        <translation>확률로 눌러 담은 출력 유닛 하나.</translation>
    </message>
    <message>
        <source>Softmax (K classes)</source>
        <translation>소프트맥스 (클래스 K개)</translation>
    </message>
    <message>
        <source>One output per class, turned into probabilities.</source>
        <translation>클래스마다 출력 하나, 확률로 바꿈.</translation>
    </message>
    <message>
        <source>Linear (regression)</source>
        <translation>선형 (회귀)</translation>
    </message>
    <message>
        <source>The raw weighted sum, compared to the target by squared error.</source>
        <translation>가중치 합 그대로, 정답과 제곱 오차로 비교.</translation>
    </message>
    <message>
        <source>Step (perceptron)</source>
        <translation>계단 (퍼셉트론)</translation>
    </message>
    <message>
        <source>Outputs 0 or 1 as Rosenblatt&apos;s perceptron does; trains only with the perceptron rule.</source>
        <translation>로젠블랫의 퍼셉트론처럼 0 또는 1을 냅니다. 퍼셉트론 규칙으로만 학습합니다.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>What the network learns from.</source>
        <translation>신경망이 배우는 데이터입니다.</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>AND 게이트</translation>
    </message>
    <message>
        <source>Output 1 only when both inputs are 1. One line separates the classes, so a single perceptron learns it.</source>
        <translation>두 입력이 모두 1일 때만 1. 직선 하나로 클래스가 나뉘므로 퍼셉트론 하나가 배웁니다.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>How many copies of the four rows of the truth table to train on (useful with noise).</source>
        <translation>진리표의 네 행을 몇 벌 복사해 학습할지 (잡음과 함께 쓰면 유용).</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>OR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when either input is 1. Linearly separable: one perceptron suffices.</source>
        <translation>입력 중 하나라도 1이면 1. 선형 분리 가능: 퍼셉트론 하나로 충분합니다.</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>NAND 게이트</translation>
    </message>
    <message>
        <source>NOT AND: output 0 only when both inputs are 1. Linearly separable.</source>
        <translation>NOT AND: 두 입력이 모두 1일 때만 0. 선형 분리 가능.</translation>
    </message>
    <message>
        <source>NOR gate</source>
        <translation>NOR 게이트</translation>
    </message>
    <message>
        <source>NOT OR: output 1 only when both inputs are 0. Linearly separable.</source>
        <translation>NOT OR: 두 입력이 모두 0일 때만 1. 선형 분리 가능.</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>XOR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when the inputs differ. No single line separates the classes, so one perceptron fails; XOR = AND(OR, NAND) needs a hidden layer.</source>
        <translation>두 입력이 다르면 1. 직선 하나로는 클래스를 나눌 수 없어 퍼셉트론 하나로는 실패합니다. XOR = AND(OR, NAND)에는 은닉층이 필요합니다.</translation>
    </message>
    <message>
        <source>XNOR gate</source>
        <translation>XNOR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when the inputs are equal; like XOR it needs a hidden layer.</source>
        <translation>두 입력이 같으면 1. XOR처럼 은닉층이 필요합니다.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>Class 1 inside a circle, class 0 in a ring around it. A line cannot split them; x1² and x2² features or a hidden layer can.</source>
        <translation>원 안은 클래스 1, 둘레의 고리는 클래스 0. 직선으로는 나눌 수 없지만 x1², x2² 피처나 은닉층으로는 나눌 수 있습니다.</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>XOR 사분면</translation>
    </message>
    <message>
        <source>Points labelled by the sign of x1·x2: the XOR pattern on a plane.</source>
        <translation>x1·x2의 부호로 이름 붙인 점들: 평면 위의 XOR 무늬.</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>가우스 분포 두 개</translation>
    </message>
    <message>
        <source>Two blobs of points; linearly separable when the noise is low.</source>
        <translation>점 덩어리 두 개. 잡음이 작으면 선형 분리 가능.</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>초승달</translation>
    </message>
    <message>
        <source>Two interleaving half circles.</source>
        <translation>서로 맞물린 반원 두 개.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>Arms of points winding around the centre, one class per arm: hard for shallow networks.</source>
        <translation>중심을 감아 도는 점들의 팔, 팔마다 클래스 하나: 얕은 신경망에는 어렵습니다.</translation>
    </message>
    <message>
        <source>Arms (classes)</source>
        <translation>팔 (클래스)</translation>
    </message>
    <message>
        <source>Number of spiral arms; each is a class.</source>
        <translation>나선 팔의 수. 팔마다 클래스 하나입니다.</translation>
    </message>
    <message>
        <source>Regression: plane</source>
        <translation>회귀: 평면</translation>
    </message>
    <message>
        <source>The target is a tilted plane over (x1, x2).</source>
        <translation>정답이 (x1, x2) 위의 기울어진 평면입니다.</translation>
    </message>
    <message>
        <source>Regression: Gaussians</source>
        <translation>회귀: 가우스 분포</translation>
    </message>
    <message>
        <source>The target is a sum of Gaussian bumps over the plane.</source>
        <translation>정답이 평면 위 가우스 언덕들의 합입니다.</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>직접 그린 점</translation>
    </message>
    <message>
        <source>Your own points, drawn with the mouse on the Decision boundary plot: click adds a point of the chosen class, drag erases.</source>
        <translation>결정 경계 그래프에 마우스로 직접 그린 점: 클릭하면 고른 클래스의 점을 더하고, 끌면 지웁니다.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>The points drawn on the plane: [x1, x2, class] for classes, [x1, x2, target] for regression. Draw them on the Decision boundary plot (Draw mode).</source>
        <translation>평면에 그린 점: 분류는 [x1, x2, 클래스], 회귀는 [x1, x2, 정답 값]. 결정 경계 그래프에서 그립니다 (그리기 모드).</translation>
    </message>
    <message>
        <source>Drawn points: regression</source>
        <translation>직접 그린 점: 회귀</translation>
    </message>
    <message>
        <source>Your own points, drawn with the mouse on the Decision boundary plot, each with a target value to predict.</source>
        <translation>결정 경계 그래프에 마우스로 직접 그린 점. 점마다 예측할 정답 값이 있습니다.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>Columns from a CSV file (commas, semicolons or tabs); one column is the target. Text columns become one input per category; text targets are class names.</source>
        <translation>CSV 파일의 열(쉼표, 세미콜론 또는 탭 구분). 한 열이 목표값입니다. 텍스트 열은 범주마다 입력 하나가 되고, 텍스트 목표값은 클래스 이름이 됩니다.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>읽을 CSV 파일입니다.</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>정답 열</translation>
    </message>
    <message>
        <source>Name (with a header) or 1-based number of the column to predict; empty means the last column.</source>
        <translation>예측할 열의 이름(머리글이 있을 때) 또는 1부터 센 번호. 비워 두면 마지막 열입니다.</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>머리글 행</translation>
    </message>
    <message>
        <source>Whether the first row holds column names.</source>
        <translation>첫 행이 열 이름인지 여부.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Column names when the first row holds text over columns of numbers.</source>
        <translation>숫자 열 위 첫 행이 텍스트이면 열 이름으로 봅니다.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>The first row holds column names.</source>
        <translation>첫 행에 열 이름이 있습니다.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>The first row is data.</source>
        <translation>첫 행도 데이터입니다.</translation>
    </message>
    <message>
        <source>Skip rows</source>
        <translation>건너뛸 행</translation>
    </message>
    <message>
        <source>Rows to skip at the top of the file (a title or counts before the data). A first row of counts or of another width is skipped on its own.</source>
        <translation>파일 맨 위에서 건너뛸 행 수(데이터 앞의 제목이나 개수). 개수만 있거나 폭이 다른 첫 행은 저절로 건너뜁니다.</translation>
    </message>
    <message>
        <source>Drop rows with missing values</source>
        <translation>결측값이 있는 행 버리기</translation>
    </message>
    <message>
        <source>Drop rows with an empty, NA, NaN, null or ? cell instead of stopping at the first one.</source>
        <translation>빈 칸, NA, NaN, null, ? 칸이 있는 행을 처음 만난 곳에서 멈추지 않고 버립니다.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Predict classes or numbers.</source>
        <translation>클래스를 예측할지, 수를 예측할지.</translation>
    </message>
    <message>
        <source>Classes when the target holds text or a few different whole numbers, else regression.</source>
        <translation>목표값이 텍스트이거나 서로 다른 정수 몇 개이면 분류, 아니면 회귀.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>The target holds class labels.</source>
        <translation>정답이 클래스 이름입니다.</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>The target is a number to predict.</source>
        <translation>정답이 예측할 수입니다.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>How many points to draw (toy sets; gates use their truth table times Repeats).</source>
        <translation>점을 몇 개 뽑을지 (예제용 데이터셋. 게이트는 진리표 × 반복).</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise added to the inputs (toy sets: relative to their scale).</source>
        <translation>입력에 더하는 가우스 잡음의 표준편차 (예제용 데이터셋: 그 크기에 비례).</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>학습 비율</translation>
    </message>
    <message>
        <source>Fraction of samples used for training; the rest tests how well the network generalizes. Gates train and test on the whole truth table.</source>
        <translation>학습에 쓰는 샘플의 비율. 나머지로 신경망이 얼마나 일반화하는지 평가합니다. 게이트는 진리표 전체로 학습하고 평가합니다.</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>입력 피처</translation>
    </message>
    <message>
        <source>What the Input layer sees, made from the two coordinates (as in TensorFlow Playground).</source>
        <translation>입력 층이 보는 것으로, 두 좌표로 만듭니다 (TensorFlow Playground처럼).</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>Shift and scale each input feature to mean 0 and variance 1, using statistics of the training split only.</source>
        <translation>학습 데이터의 통계만 써서 각 입력 피처를 평균 0, 분산 1로 옮기고 늘입니다.</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>데이터 시드</translation>
    </message>
    <message>
        <source>The same seed draws the same points.</source>
        <translation>같은 시드는 같은 점을 뽑습니다.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>최적화 기법</translation>
    </message>
    <message>
        <source>How the gradients turn into weight updates.</source>
        <translation>기울기를 가중치 업데이트로 바꾸는 방법입니다.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Plain gradient descent: w ← w − lr·∂loss/∂w. With the whole training set per step it is batch gradient descent; with mini-batches, stochastic (mini-batch) gradient descent; with batch size 1, pure SGD.</source>
        <translation>기본 경사하강법: w ← w − lr·∂손실/∂w. 단계마다 학습 데이터 전체를 쓰면 배치 경사하강법, 미니 배치를 쓰면 확률적(미니 배치) 경사하강법, 배치 크기 1이면 순수한 SGD입니다.</translation>
    </message>
    <message>
        <source>Gradient descent with momentum: updates keep part of their last direction, which damps zig-zags and speeds progress.</source>
        <translation>모멘텀 경사하강법: 업데이트가 직전 방향의 일부를 유지해(관성) 지그재그를 줄이고 빨리 나아갑니다.</translation>
    </message>
    <message>
        <source>Fraction of the last update carried into the next: a heavy ball that rolls through small bumps and speeds up along valleys.</source>
        <translation>직전 업데이트 중 다음으로 넘어가는 비율: 작은 턱은 굴러 넘고 골짜기를 따라 빨라지는 무거운 공.</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: the gradient is taken where the momentum is about to carry the weights.</source>
        <translation>앞을 내다보는 모멘텀: 모멘텀이 가중치를 데려갈 곳에서 기울기를 구합니다.</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>Gives each weight its own learning rate, shrinking it for weights that have had large gradients. Good for sparse features; the rate only ever decreases.</source>
        <translation>가중치마다 학습률을 따로 두고, 기울기가 컸던 가중치는 학습률을 줄입니다. 희소한 피처에 좋지만 학습률이 줄기만 합니다.</translation>
    </message>
    <message>
        <source>Added to the denominator.</source>
        <translation>분모에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Like AdaGrad but with a decaying average of squared gradients, so the learning rate does not fade away.</source>
        <translation>AdaGrad와 비슷하지만 제곱 기울기의 감쇠 평균을 써서 학습률이 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>Alpha (decay)</source>
        <translation>알파 (감쇠)</translation>
    </message>
    <message>
        <source>Decay of the squared-gradient average.</source>
        <translation>제곱 기울기 평균의 감쇠율입니다.</translation>
    </message>
    <message>
        <source>Optional momentum.</source>
        <translation>선택할 수 있는 모멘텀입니다.</translation>
    </message>
    <message>
        <source>Tiny number added to the denominator to avoid dividing by zero.</source>
        <translation>0으로 나누지 않도록 분모에 더하는 아주 작은 수입니다.</translation>
    </message>
    <message>
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <source>An extension of AdaGrad that scales steps by the ratio of recent update sizes to recent gradient sizes; works with learning rate 1.</source>
        <translation>최근 업데이트 크기와 최근 기울기 크기의 비로 보폭을 정하는 AdaGrad의 확장. 학습률 1로 동작합니다.</translation>
    </message>
    <message>
        <source>Rho (decay)</source>
        <translation>로 (감쇠)</translation>
    </message>
    <message>
        <source>Decay of the running averages.</source>
        <translation>이동 평균의 감쇠율입니다.</translation>
    </message>
    <message>
        <source>Added to the denominators.</source>
        <translation>분모들에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Momentum plus RMSProp with bias correction (Kingma &amp; Ba, 2014): the usual first choice, robust to the learning rate.</source>
        <translation>모멘텀과 RMSProp을 합치고 편향을 보정한 방법(Kingma와 Ba, 2014): 보통 처음 고르는 것으로, 학습률에 덜 민감합니다.</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>베타 1</translation>
    </message>
    <message>
        <source>Decay of the running mean of gradients (momentum).</source>
        <translation>기울기 이동 평균의 감쇠율 (모멘텀).</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>베타 2</translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients.</source>
        <translation>제곱 기울기 이동 평균의 감쇠율.</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Adam with weight decay applied directly to the weights rather than through the gradient (Loshchilov &amp; Hutter, 2017).</source>
        <translation>가중치 감쇠를 기울기를 거치지 않고 가중치에 바로 적용하는 Adam (Loshchilov와 Hutter, 2017).</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <source>Fraction of each weight removed per step (times the learning rate).</source>
        <translation>단계마다 각 가중치에서 덜어 내는 비율 (학습률을 곱함).</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>퍼셉트론 규칙</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule (1958) for a single layer with a step activation: for each misclassified sample, w ← w + lr·(target − output)·x and b ← b + lr·(target − output). Converges when the classes can be split by a line.</source>
        <translation>계단 활성화 함수를 쓰는 단층에 대한 로젠블랫의 규칙(1958): 틀리게 분류한 샘플마다 w ← w + lr·(정답 − 출력)·x, b ← b + lr·(정답 − 출력). 클래스를 직선으로 나눌 수 있으면 수렴합니다.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Step size of each update. Too large and the loss jumps around or explodes; too small and learning crawls. 0.1 to 0.001 is typical.</source>
        <translation>업데이트마다의 보폭. 너무 크면 손실이 널뛰거나 폭주하고, 너무 작으면 학습이 기어갑니다. 보통 0.1~0.001.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Samples per update. 0 uses the whole training set (batch gradient descent); 1 is stochastic gradient descent; in between, mini-batch.</source>
        <translation>업데이트 한 번에 쓰는 샘플 수. 0은 학습 데이터 전체(배치 경사하강법), 1은 확률적 경사하강법, 그 사이는 미니 배치.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Passes over the training set.</source>
        <translation>학습 데이터를 몇 번 돌지.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>What training minimizes.</source>
        <translation>학습이 최소화하는 것.</translation>
    </message>
    <message>
        <source>Binary cross-entropy for two classes, cross-entropy for more, mean squared error for regression.</source>
        <translation>클래스 둘이면 이진 교차 엔트로피, 더 많으면 교차 엔트로피, 회귀면 평균 제곱 오차.</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>−[y·log p + (1−y)·log(1−p)]: for one output that is the probability of class 1.</source>
        <translation>−[y·log p + (1−y)·log(1−p)]: 클래스 1일 확률을 내는 출력 하나에 씁니다.</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>−log of the probability given to the right class, after a softmax over the outputs.</source>
        <translation>출력에 소프트맥스를 적용한 뒤, 정답 클래스에 준 확률의 −log.</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>Average of (prediction − target)²: the loss for regression.</source>
        <translation>(예측 − 정답)²의 평균: 회귀의 손실 함수.</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1 벌점</translation>
    </message>
    <message>
        <source>Adds this times the sum of |w| to the loss: pushes weights to exactly zero.</source>
        <translation>이 값 × |w|의 합을 손실에 더합니다: 가중치를 정확히 0으로 밉니다.</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2 벌점</translation>
    </message>
    <message>
        <source>Adds this times the sum of w² to the loss: keeps weights small.</source>
        <translation>이 값 × w²의 합을 손실에 더합니다: 가중치를 작게 지킵니다.</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>기울기 클리핑</translation>
    </message>
    <message>
        <source>Rescale the gradient when its total L2 norm exceeds this (0: off). A guard against exploding gradients.</source>
        <translation>기울기 전체의 L2 노름이 이 값을 넘으면 줄입니다 (0: 끔). 기울기 폭주를 막습니다.</translation>
    </message>
    <message>
        <source>Stop at test accuracy</source>
        <translation>테스트 정확도 도달 시 중지</translation>
    </message>
    <message>
        <source>Stop training once the test accuracy reaches this (checked after every epoch; 0: off).</source>
        <translation>테스트 정확도가 이 값에 이르면 학습을 멈춥니다(에포크마다 확인, 0: 끔).</translation>
    </message>
    <message>
        <source>Stop below loss</source>
        <translation>손실이 이보다 작으면 중지</translation>
    </message>
    <message>
        <source>Stop training once the training loss falls below this (checked after every epoch; 0: off).</source>
        <translation>학습 손실이 이 값보다 작아지면 학습을 멈춥니다(에포크마다 확인, 0: 끔).</translation>
    </message>
    <message>
        <source>Stop after epochs without improvement</source>
        <translation>개선 없는 에포크 수 후 중지</translation>
    </message>
    <message>
        <source>Stop when the test loss (the training loss without a test split) has not improved for this many epochs (0: off).</source>
        <translation>테스트 손실(테스트 데이터가 없으면 학습 손실)이 이만큼의 에포크 동안 나아지지 않으면 멈춥니다(0: 끔).</translation>
    </message>
    <message>
        <source>Keep the best weights</source>
        <translation>가장 좋은 가중치 유지</translation>
    </message>
    <message>
        <source>When training ends, go back to the weights of the epoch with the lowest test loss (checked after every epoch).</source>
        <translation>학습이 끝나면 테스트 손실이 가장 낮았던 에포크의 가중치로 되돌립니다(에포크마다 확인).</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Seeds the initial weights, the batch order and dropout: the same seed on the same device gives the same numbers.</source>
        <translation>처음 가중치, 배치 순서, 드롭아웃의 시드: 같은 장치에서 같은 시드는 같은 수를 냅니다.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Where the arithmetic runs.</source>
        <translation>계산이 돌아가는 곳.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>The fastest device present: CUDA, then Apple&apos;s MPS, then the CPU.</source>
        <translation>있는 장치 중 가장 빠른 것: CUDA, 다음은 Apple의 MPS, 다음은 CPU.</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>The processor: always present; fastest for tiny networks.</source>
        <translation>프로세서: 늘 있으며, 아주 작은 신경망에는 가장 빠릅니다.</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>An NVIDIA graphics card through CUDA and cuDNN.</source>
        <translation>CUDA와 cuDNN을 거친 NVIDIA 그래픽 카드.</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <source>The GPU of an Apple silicon Mac through Metal.</source>
        <translation>Metal을 거친 Apple 실리콘 Mac의 GPU.</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <source>How many threads PyTorch uses for each step on the CPU. Automatic (0) chooses from the size of one step: one thread for small networks, where more would only wait for each other (and slow training badly while another program is busy), more for large layers and batches.</source>
        <translation>CPU에서 단계마다 PyTorch가 쓰는 스레드 수. 자동(0)은 한 단계의 크기를 보고 고릅니다: 작은 신경망에는 스레드 하나(더 많으면 서로 기다리기만 하고, 다른 프로그램이 바쁠 때 학습이 크게 느려짐), 큰 층과 배치에는 더 많이.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>unknown layer kind {kind!r}</source>
        <translation>알 수 없는 층 종류 {kind!r}</translation>
    </message>
    <message>
        <source>A network has only one {label} layer, and this one has it already.</source>
        <translation>신경망에는 {label} 층이 하나만 있을 수 있는데, 이미 있습니다.</translation>
    </message>
    <message>
        <source>Add {label}</source>
        <translation>{label} 추가</translation>
    </message>
    <message>
        <source>{src} is not connected to {dst}</source>
        <translation>{src}은(는) {dst}에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Nothing is selected to delete.</source>
        <translation>지울 것이 선택되지 않았습니다.</translation>
    </message>
    <message>
        <source>Delete {label}</source>
        <translation>{label} 삭제</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <source>Delete {n} layers</source>
        <translation>층 {n}개 삭제</translation>
    </message>
    <message>
        <source>Connect {src} to {dst}</source>
        <translation>{src}을(를) {dst}에 연결</translation>
    </message>
    <message>
        <source>nothing to replace</source>
        <translation>바꿀 것 없음</translation>
    </message>
    <message>
        <source>Connect {src} to {dst} in place of {old}</source>
        <translation>{old} 대신 {src}을(를) {dst}에 연결</translation>
    </message>
    <message>
        <source>Disconnect {src} from {dst}</source>
        <translation>{src}와(과) {dst}의 연결 끊기</translation>
    </message>
    <message>
        <source>{label} cannot sit inside a connection: it needs both an input and an output.</source>
        <translation>{label}은(는) 연결 사이에 넣을 수 없습니다: 입력과 출력이 모두 있어야 합니다.</translation>
    </message>
    <message>
        <source>Insert {label}</source>
        <translation>{label} 끼워 넣기</translation>
    </message>
    <message>
        <source>Nothing moved.</source>
        <translation>움직인 것이 없습니다.</translation>
    </message>
    <message>
        <source>Move {label}</source>
        <translation>{label} 이동</translation>
    </message>
    <message>
        <source>Move {n} layers</source>
        <translation>층 {n}개 이동</translation>
    </message>
    <message>
        <source>Set {param} of {layer}</source>
        <translation>{layer}의 {param} 설정</translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation>{key} 설정</translation>
    </message>
    <message>
        <source>The clipboard does not hold guinet layers that can be pasted: {message}</source>
        <translation>클립보드에 붙여 넣을 수 있는 guinet 층이 없습니다: {message}</translation>
    </message>
    <message>
        <source>A network has only one Input and one Output layer; there is nothing else to paste.</source>
        <translation>신경망에는 입력 층과 출력 층이 하나씩만 있습니다. 붙여 넣을 다른 것이 없습니다.</translation>
    </message>
    <message>
        <source>Paste {n} layers</source>
        <translation>층 {n}개 붙여넣기</translation>
    </message>
    <message>
        <source>Paste {label}</source>
        <translation>{label} 붙여넣기</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <source>1 core</source>
        <translation>코어 1개</translation>
    </message>
    <message>
        <source>{0} cores</source>
        <translation>코어 {0}개</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n}바이트</translation>
    </message>
    <message>
        <source>{short:.1f} billion</source>
        <translation>{n:,}</translation>
    </message>
    <message>
        <source>{short:.1f} million</source>
        <translation>{n:,}</translation>
    </message>
    <message>
        <source>training settings: {training}; every hidden Dense layer: {layers}; data: {data}</source>
        <translation>학습 설정: {training}; 모든 은닉 Dense 층: {layers}; 데이터: {data}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation>{names} 중 하나</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>names joined by &apos;+&apos; from {names}</source>
        <translation>{names} 중에서 &apos;+&apos;로 이은 이름</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>수</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>{setting} (hidden layers)</source>
        <translation>{setting} (은닉층)</translation>
    </message>
    <message>
        <source>{setting} (data)</source>
        <translation>{setting} (데이터)</translation>
    </message>
    <message>
        <source>Gradient descent variants</source>
        <translation>경사 하강법의 여러 방식</translation>
    </message>
    <message>
        <source>Batch gradient descent, mini-batch SGD, SGD with batch size 1, Momentum, Nesterov, AdaGrad, RMSProp, AdaDelta and Adam on the same network from the same weights: how the update rule and the batch size change the path down the loss.</source>
        <translation>배치 경사 하강법, 미니배치 SGD, 배치 크기 1의 SGD, Momentum, Nesterov, AdaGrad, RMSProp, AdaDelta, Adam을 같은 신경망과 같은 초기 가중치로 비교합니다: 갱신 규칙과 배치 크기가 손실을 내려가는 길을 어떻게 바꾸는지 봅니다.</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>PyTorch&apos;s default, Xavier and He initialization, each with sigmoid and with ReLU hidden layers: deep sigmoid networks want Xavier, deep ReLU networks want He. Watch the gradient flow.</source>
        <translation>PyTorch 기본값, Xavier 초기화, He 초기화를 각각 시그모이드 은닉층과 ReLU 은닉층으로 비교합니다: 깊은 시그모이드 신경망에는 Xavier가, 깊은 ReLU 신경망에는 He가 맞습니다. 기울기 흐름을 지켜보세요.</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>No normalization, batch norm and layer norm in every hidden layer, at batch sizes 4 and 64: batch norm wants larger batches, layer norm does not care.</source>
        <translation>모든 은닉층에 정규화 없음, 배치 정규화, 층 정규화를 두고 배치 크기 4와 64에서 비교합니다: 배치 정규화는 큰 배치를 원하고, 층 정규화는 배치 크기와 상관없습니다.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Sigmoid, tanh, ReLU, leaky ReLU and ELU in every hidden layer: saturating functions let the gradient vanish in deep networks, ReLU-like ones keep it.</source>
        <translation>모든 은닉층에 시그모이드, tanh, ReLU, Leaky ReLU, ELU를 두고 비교합니다: 포화되는 함수는 깊은 신경망에서 기울기 소실을 일으키고, ReLU 계열은 기울기를 지킵니다.</translation>
    </message>
    <message>
        <source>CPU vs GPU</source>
        <translation>CPU와 GPU 비교</translation>
    </message>
    <message>
        <source>The same run on the processor and on the graphics card: steps per second side by side. Tiny networks are often faster on the CPU; the GPU wins as the network and the batch grow.</source>
        <translation>같은 학습을 프로세서와 그래픽 카드에서 돌려 초당 스텝 수를 나란히 봅니다. 아주 작은 신경망은 CPU가 더 빠를 때가 많고, 신경망과 배치가 커질수록 GPU가 앞섭니다.</translation>
    </message>
    <message>
        <source>there is no preset {name}; choose from {names}</source>
        <translation>이름이 {name}인 프리셋은 없습니다. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <source>a whole number ({range})</source>
        <translation>정수 ({range})</translation>
    </message>
    <message>
        <source>a number ({range})</source>
        <translation>수 ({range})</translation>
    </message>
    <message>
        <source>--vary takes KEY=V1,V2,... (not {text}). Allowed keys: {allowed}</source>
        <translation>--vary는 KEY=V1,V2,... 꼴로 씁니다 ({text}은(는) 아닙니다). 쓸 수 있는 키: {allowed}</translation>
    </message>
    <message>
        <source>--vary {key}= lists no values; give one or more, separated by commas</source>
        <translation>--vary {key}=에 값이 없습니다. 쉼표로 구분해 하나 이상 적으세요</translation>
    </message>
    <message>
        <source>--vary {key} lists {n} values; at most {most}</source>
        <translation>--vary {key}에 값이 {n}개 있습니다. 최대 {most}개까지입니다</translation>
    </message>
    <message>
        <source>--vary {key} lists a value twice</source>
        <translation>--vary {key}에 같은 값이 두 번 있습니다</translation>
    </message>
    <message>
        <source>whole set</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>배치 {size}</translation>
    </message>
    <message>
        <source>each key may be varied once; put all its values in one --vary</source>
        <translation>키마다 한 번만 바꿀 수 있습니다. 그 키의 값은 모두 --vary 하나에 적으세요</translation>
    </message>
    <message>
        <source>{n} variants is too many; at most {most} (vary fewer settings or values)</source>
        <translation>변형 {n}개는 너무 많습니다. 최대 {most}개입니다 (바꾸는 설정이나 값을 줄이세요)</translation>
    </message>
    <message>
        <source>a comparison needs at least two variants: give two or more values (--vary KEY=V1,V2) or choose a preset</source>
        <translation>비교하려면 변형이 둘 이상 있어야 합니다: 값을 둘 이상 주거나(--vary KEY=V1,V2) 프리셋을 고르세요</translation>
    </message>
    <message>
        <source>Batch GD (SGD, whole set)</source>
        <translation>배치 경사 하강법 (SGD, 전체)</translation>
    </message>
    <message>
        <source>Mini-batch SGD ({size})</source>
        <translation>미니배치 SGD ({size})</translation>
    </message>
    <message>
        <source>SGD, batch size 1</source>
        <translation>SGD, 배치 크기 1</translation>
    </message>
    <message>
        <source>cannot vary {key}. Allowed: {allowed}</source>
        <translation>{key}은(는) 바꿀 수 없습니다. 쓸 수 있는 것: {allowed}</translation>
    </message>
    <message>
        <source>{key}={text} is not allowed: {key} takes {allowed}</source>
        <translation>{key}={text}은(는) 쓸 수 없습니다. {key}에 쓸 수 있는 값: {allowed}</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>그대로</translation>
    </message>
    <message>
        <source>{key}={value}: {reason}</source>
        <translation>{key}={value}: {reason}</translation>
    </message>
    <message>
        <source>the preset {name} needs a CUDA GPU, and none was found here (this PyTorch: {torch})</source>
        <translation>프리셋 {name}에는 CUDA GPU가 필요한데, 이 컴퓨터에서는 찾지 못했습니다 (이 PyTorch: {torch})</translation>
    </message>
    <message>
        <source>cannot vary {key}: the network has no hidden Dense layers</source>
        <translation>{key}은(는) 바꿀 수 없습니다: 신경망에 은닉 Dense 층이 없습니다</translation>
    </message>
    <message>
        <source>Check the path in the Data panel.</source>
        <translation>데이터 패널에서 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>Save the data to a file and choose that.</source>
        <translation>데이터를 파일로 저장한 뒤 그 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Use a sample of the rows.</source>
        <translation>행 일부만 뽑아 쓰세요.</translation>
    </message>
    <message>
        <source>{source}, line {line}, column {column}</source>
        <translation>{source}, {line}행 {column}열</translation>
    </message>
    <message>
        <source>{shown} and {more} more</source>
        <translation>{shown} 외 {more}개</translation>
    </message>
    <message>
        <source>none (the file has no header row)</source>
        <translation>없음 (파일에 머리글 행이 없습니다)</translation>
    </message>
    <message>
        <source>{source}: no column is called {name}. Column names: {known}. Give a name, a column number from 1, or leave it empty for the last column.</source>
        <translation>{source}: 이름이 {name}인 열이 없습니다. 열 이름: {known}. 이름이나 1부터 센 열 번호를 적거나, 마지막 열을 쓰려면 비워 두세요.</translation>
    </message>
    <message>
        <source>no CSV file chosen: choose a file in the Data panel</source>
        <translation>고른 CSV 파일이 없습니다: 데이터 패널에서 파일을 고르세요</translation>
    </message>
    <message>
        <source>the CSV path {path} contains a NUL character, which no file name can hold. Choose the file again in the Data panel.</source>
        <translation>CSV 경로 {path}에 NUL 문자가 있는데, 파일 이름에는 이 문자가 들어갈 수 없습니다. 데이터 패널에서 파일을 다시 고르세요.</translation>
    </message>
    <message>
        <source>unknown header setting {value}: choose auto, yes or no</source>
        <translation>알 수 없는 머리글 설정 {value}: auto, yes, no 중에서 고르세요</translation>
    </message>
    <message>
        <source>unknown task {value}: choose auto, classification or regression</source>
        <translation>알 수 없는 과제 {value}: auto, classification, regression 중에서 고르세요</translation>
    </message>
    <message>
        <source>skip rows must be a whole number of at least 0, not {value}</source>
        <translation>건너뛸 행은 0 이상의 정수여야 합니다 ({value}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>{source} has only {rows} rows, and {skip} are to be skipped. Lower &apos;Skip rows&apos;.</source>
        <translation>{source}에는 행이 {rows}개뿐인데 {skip}개를 건너뛰게 되어 있습니다. &apos;건너뛸 행&apos;을 줄이세요.</translation>
    </message>
    <message>
        <source>{source} is empty after the skipped rows: it needs rows of numbers, one sample per row</source>
        <translation>{source}은(는) 건너뛴 행 뒤로 비어 있습니다: 한 행에 샘플 하나씩, 수로 된 행이 있어야 합니다</translation>
    </message>
    <message>
        <source>{source} is empty: it needs rows of numbers, one sample per row</source>
        <translation>{source}이(가) 비어 있습니다: 한 행에 샘플 하나씩, 수로 된 행이 있어야 합니다</translation>
    </message>
    <message>
        <source>{source} has no data rows</source>
        <translation>{source}에 데이터 행이 없습니다</translation>
    </message>
    <message>
        <source>{source} has {width} column; it needs at least one feature column and a target column, separated by commas, semicolons or tabs</source>
        <translation>{source}에는 열이 {width}개뿐입니다: 쉼표, 세미콜론, 탭으로 구분된 피처 열이 하나 이상, 그리고 정답 열이 있어야 합니다</translation>
    </message>
    <message>
        <source>{source}, line {line}, column {column} ({name})</source>
        <translation>{source}, {line}행 {column}열 ({name})</translation>
    </message>
    <message>
        <source>{dropped:,} rows with missing values were dropped; {rows:,} remain.</source>
        <translation>결측값이 있는 행 {dropped:,}개를 버렸습니다. {rows:,}개가 남았습니다.</translation>
    </message>
    <message>
        <source>{dropped:,} row with missing values was dropped; {rows:,} remain.</source>
        <translation>결측값이 있는 행 {dropped:,}개를 버렸습니다. {rows:,}개가 남았습니다.</translation>
    </message>
    <message>
        <source>Columns are separated by {delimiters}.</source>
        <translation>열은 {delimiters}(으)로 구분되어 있습니다.</translation>
    </message>
    <message>
        <source>{source}: no feature columns are left besides the target</source>
        <translation>{source}: 정답 열 말고는 남은 피처 열이 없습니다</translation>
    </message>
    <message>
        <source>{source}: the target column {name} holds a single class ({value}); classification needs at least two. Choose another target column, or the regression task.</source>
        <translation>{source}: 정답 열 {name}에 클래스가 하나({value})뿐입니다. 분류에는 클래스가 둘 이상 필요합니다. 다른 정답 열을 고르거나 회귀 과제를 고르세요.</translation>
    </message>
    <message>
        <source>{source}: the target column {name} has {n:,} different values, more than {most} classes. If it holds numbers to predict, choose the regression task.</source>
        <translation>{source}: 정답 열 {name}에 서로 다른 값이 {n:,}개 있어, 클래스 {most}개를 넘습니다. 예측할 수치라면 회귀 과제를 고르세요.</translation>
    </message>
    <message>
        <source>the target column must be a name or a number, not {value}</source>
        <translation>정답 열은 이름이나 번호여야 합니다 ({value}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>{source}: there is no column {column}; the file has {n} columns (1 to {n})</source>
        <translation>{source}: {column}번 열이 없습니다. 파일에는 열이 {n}개 있습니다 (1부터 {n}까지)</translation>
    </message>
    <message>
        <source>the CSV path {path} is not valid text (it holds a broken character). Choose the file again in the Data panel.</source>
        <translation>CSV 경로 {path}이(가) 올바른 텍스트가 아닙니다 (깨진 문자가 있습니다). 데이터 패널에서 파일을 다시 고르세요.</translation>
    </message>
    <message>
        <source>the CSV path {path} starts with a user&apos;s home folder that does not exist on this computer. Choose the file again in the Data panel.</source>
        <translation>CSV 경로 {path}이(가) 이 컴퓨터에 없는 사용자의 홈 폴더로 시작합니다. 데이터 패널에서 파일을 다시 고르세요.</translation>
    </message>
    <message>
        <source>it holds counts</source>
        <translation>개수가 적혀 있습니다</translation>
    </message>
    <message>
        <source>{n} values where the rows have {mode}</source>
        <translation>다른 행은 값이 {mode}개인데 {n}개입니다</translation>
    </message>
    <message>
        <source>Line {line} ({cells}) is not data or column names ({why}), so it was skipped. Set &apos;Skip rows&apos; if more rows should be skipped.</source>
        <translation>{line}행({cells})은 데이터도 열 이름도 아니어서({why}) 건너뛰었습니다. 더 건너뛰어야 하면 &apos;건너뛸 행&apos;을 정하세요.</translation>
    </message>
    <message>
        <source>Line {line} holds column names ({names}). Set &apos;Header row&apos; to No if it is data.</source>
        <translation>{line}행에는 열 이름({names})이 있습니다. 이 행이 데이터라면 &apos;머리글 행&apos;을 &apos;아니요&apos;로 정하세요.</translation>
    </message>
    <message>
        <source>The file has no header row (its first row holds numbers), so the columns are numbered. Set &apos;Header row&apos; to Yes if the first row holds names.</source>
        <translation>파일에 머리글 행이 없어(첫 행이 수입니다) 열에 번호를 붙였습니다. 첫 행이 이름이라면 &apos;머리글 행&apos;을 &apos;예&apos;로 정하세요.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>an empty cell</source>
        <translation>빈 칸</translation>
    </message>
    <message>
        <source>{where}: missing target value ({shown}). Fill it in or delete the row, or choose &apos;Drop rows with missing values&apos; (--drop-missing).</source>
        <translation>{where}: 정답 값이 없습니다 ({shown}). 값을 채우거나 그 행을 지우거나, &apos;결측값이 있는 행 버리기&apos;(--drop-missing)를 고르세요.</translation>
    </message>
    <message>
        <source>{where}: missing value ({shown}). Fill it in or delete the row, or choose &apos;Drop rows with missing values&apos; (--drop-missing).</source>
        <translation>{where}: 값이 없습니다 ({shown}). 값을 채우거나 그 행을 지우거나, &apos;결측값이 있는 행 버리기&apos;(--drop-missing)를 고르세요.</translation>
    </message>
    <message>
        <source>{source}, line {line}: {n} values where the header has {width}. Every row needs the same number of columns.</source>
        <translation>{source}, {line}행: 머리글은 값이 {width}개인데 이 행은 {n}개입니다. 모든 행의 열 수가 같아야 합니다.</translation>
    </message>
    <message>
        <source>{source}, line {line}: {n} values where the first row has {width}. Every row needs the same number of columns.</source>
        <translation>{source}, {line}행: 첫 행은 값이 {width}개인데 이 행은 {n}개입니다. 모든 행의 열 수가 같아야 합니다.</translation>
    </message>
    <message>
        <source>{source}: every one of its {rows:,} data rows has a missing value, so none is left after dropping them.</source>
        <translation>{source}: 데이터 행 {rows:,}개 모두에 결측값이 있어, 버리고 나면 남는 행이 없습니다.</translation>
    </message>
    <message>
        <source>{source}: the column {name} holds text with {n:,} different values; guinet one-hot encodes text columns of at most {most} categories (one input each). Remove the column, or turn it into numbers.</source>
        <translation>{source}: 열 {name}에 서로 다른 텍스트 값이 {n:,}개 있습니다. guinet은 범주가 {most}개 이하인 텍스트 열만 원-핫 인코딩합니다(범주마다 입력 하나). 이 열을 빼거나 수로 바꾸세요.</translation>
    </message>
    <message>
        <source>The column {name} holds text: it is one-hot encoded as {n} inputs ({names}).</source>
        <translation>열 {name}은(는) 텍스트입니다: 입력 {n}개로 원-핫 인코딩했습니다 ({names}).</translation>
    </message>
    <message>
        <source>The column {name} holds text: it is one-hot encoded as {n} input ({names}).</source>
        <translation>열 {name}은(는) 텍스트입니다: 입력 {n}개로 원-핫 인코딩했습니다 ({names}).</translation>
    </message>
    <message>
        <source>The target {name} holds text, so the task is classification with {n} classes.</source>
        <translation>정답 열 {name}이(가) 텍스트이므로, 과제는 클래스 {n}개의 분류입니다.</translation>
    </message>
    <message>
        <source>Classes 0 to {last} are named {names}, as the skipped first line says.</source>
        <translation>건너뛴 첫 행에 적힌 대로, 클래스 0부터 {last}까지의 이름은 {names}입니다.</translation>
    </message>
    <message>
        <source>{reason}. {advice}</source>
        <translation>{reason}. {advice}</translation>
    </message>
    <message>
        <source>{path} grew past {mb:,.0f} MB while being read; guinet reads CSV files of at most that size.</source>
        <translation>{path}이(가) 읽는 도중에 {mb:,.0f} MB를 넘었습니다. guinet은 그 크기까지의 CSV 파일만 읽습니다.</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (the file ends inside a character). Save the file as UTF-8 CSV.</source>
        <translation>{path}: UTF-8 텍스트가 아닙니다 (파일이 문자 중간에서 끝납니다). 파일을 UTF-8 CSV로 저장하세요.</translation>
    </message>
    <message>
        <source>{source} has only a header row and no data. Add rows of numbers, or set &apos;Header row&apos; to No if the first row is data.</source>
        <translation>{source}에는 머리글 행만 있고 데이터가 없습니다. 수로 된 행을 더하거나, 첫 행이 데이터라면 &apos;머리글 행&apos;을 &apos;아니요&apos;로 정하세요.</translation>
    </message>
    <message>
        <source>{source}, line {line}, column {column}: the header names {name} twice. Column names must differ.</source>
        <translation>{source}, {line}행 {column}열: 머리글에 {name}이(가) 두 번 나옵니다. 열 이름은 서로 달라야 합니다.</translation>
    </message>
    <message>
        <source>The target {name} holds {n} different whole numbers, so the task is classification. Set Task to Regression to predict it as a number.</source>
        <translation>정답 열 {name}에 서로 다른 정수가 {n}개 있으므로, 과제는 분류입니다. 수치로 예측하려면 과제를 &apos;회귀&apos;로 정하세요.</translation>
    </message>
    <message>
        <source>The target {name} holds numbers with fractions, so the task is regression. Set Task to Classification if they are classes.</source>
        <translation>정답 열 {name}에 소수가 있으므로, 과제는 회귀입니다. 값이 클래스라면 과제를 &apos;분류&apos;로 정하세요.</translation>
    </message>
    <message>
        <source>The target {name} holds {n:,} different numbers, so the task is regression. Set Task to Classification if they are classes.</source>
        <translation>정답 열 {name}에 서로 다른 수가 {n:,}개 있으므로, 과제는 회귀입니다. 값이 클래스라면 과제를 &apos;분류&apos;로 정하세요.</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason})</source>
        <translation>{path}: 파일을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (byte {byte} cannot be decoded). Save the file as UTF-8 CSV.</source>
        <translation>{path}: UTF-8 텍스트가 아닙니다 ({byte}번째 바이트를 해독할 수 없습니다). 파일을 UTF-8 CSV로 저장하세요.</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid CSV ({reason}). Quotes must enclose a whole cell: &quot;a, b&quot; or &quot;say &quot;&quot;hi&quot;&quot;&quot;.</source>
        <translation>{source}, {line}행: 올바른 CSV가 아닙니다 ({reason}). 따옴표는 칸 전체를 감싸야 합니다: &quot;a, b&quot; 또는 &quot;say &quot;&quot;hi&quot;&quot;&quot;.</translation>
    </message>
    <message>
        <source>{source}, line {line}: a quote (&quot;) opened on this line is never closed, so the rest of the file would be one cell. Close the quote or remove it.</source>
        <translation>{source}, {line}행: 이 행에서 연 따옴표(&quot;)가 닫히지 않아, 파일의 나머지 전체가 한 칸이 됩니다. 따옴표를 닫거나 지우세요.</translation>
    </message>
    <message>
        <source>{cell} is too large to be a finite number.</source>
        <translation>{cell}은(는) 너무 커서 유한한 수가 될 수 없습니다.</translation>
    </message>
    <message>
        <source>The regression task needs a numeric target column.</source>
        <translation>회귀 과제에는 수로 된 정답 열이 필요합니다.</translation>
    </message>
    <message>
        <source>{cell} is not a finite number; infinite values cannot be trained on. Fill in a number or delete the row.</source>
        <translation>{cell}은(는) 유한한 수가 아닙니다. 무한대 값으로는 학습할 수 없습니다. 수를 채우거나 그 행을 지우세요.</translation>
    </message>
    <message>
        <source>The other cells of this target column hold numbers.</source>
        <translation>이 정답 열의 다른 칸은 수입니다.</translation>
    </message>
    <message>
        <source>This column holds numbers in most rows; numbers are plain decimals like 1.5 or -2e3 (a dot for decimals, no thousands separators).</source>
        <translation>이 열은 대부분의 행에서 수입니다. 수는 1.5나 -2e3처럼 평범한 십진수로 씁니다 (소수점은 점, 천 단위 구분 기호는 쓰지 않습니다).</translation>
    </message>
    <message>
        <source>{cell} is not a number. {hint}</source>
        <translation>{cell}은(는) 수가 아닙니다. {hint}</translation>
    </message>
    <message>
        <source>The {n} inputs are shown projected on their first two principal components (standardized on the training split): {share:.0%} of their variance. The background is the network&apos;s prediction on that plane.</source>
        <translation>입력 {n}개를 첫 두 주성분에 투영해 보여 줍니다 (학습 데이터로 표준화): 분산의 {share:.0%}입니다. 배경은 그 평면에서 신경망이 내놓는 예측입니다.</translation>
    </message>
    <message>
        <source>PC1 ({share:.0%} of variance)</source>
        <translation>PC1 (분산의 {share:.0%})</translation>
    </message>
    <message>
        <source>PC2 ({share:.0%} of variance)</source>
        <translation>PC2 (분산의 {share:.0%})</translation>
    </message>
    <message>
        <source>choose at least one input feature</source>
        <translation>입력 피처를 하나 이상 고르세요</translation>
    </message>
    <message>
        <source>this data has no 2-D plane: it has {n} input columns, and a plane needs exactly 2</source>
        <translation>이 데이터에는 2차원 평면이 없습니다: 입력 열이 {n}개인데, 평면에는 정확히 2개가 필요합니다</translation>
    </message>
    <message>
        <source>no points drawn yet: turn on Draw (D) on the Decision boundary plot and click to add points</source>
        <translation>아직 그린 점이 없습니다: 결정 경계 그림에서 그리기(D)를 켜고 클릭해 점을 더하세요</translation>
    </message>
    <message>
        <source>CPU ({machine}, 1 core)</source>
        <translation>CPU ({machine}, 코어 1개)</translation>
    </message>
    <message>
        <source>CPU ({machine}, {cores} cores)</source>
        <translation>CPU ({machine}, 코어 {cores}개)</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>프로세서</translation>
    </message>
    <message>
        <source>Unknown device {name}; training on the CPU instead.</source>
        <translation>알 수 없는 장치 {name}입니다. 대신 CPU에서 학습합니다.</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <source>this PyTorch was built without CUDA</source>
        <translation>이 PyTorch는 CUDA 없이 빌드되었습니다</translation>
    </message>
    <message>
        <source>no NVIDIA GPU or driver was found</source>
        <translation>NVIDIA GPU나 드라이버를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>CUDA was asked for but {why}; training on the CPU instead. Choose Device: CPU or Automatic to silence this note.</source>
        <translation>CUDA를 골랐지만 {why}. 대신 CPU에서 학습합니다. 이 안내를 없애려면 장치를 CPU나 자동으로 고르세요.</translation>
    </message>
    <message>
        <source>There is no GPU cuda:{index} (this machine has {count}); training on cuda:0 instead.</source>
        <translation>GPU cuda:{index}가 없습니다 (이 컴퓨터에는 {count}개). 대신 cuda:0에서 학습합니다.</translation>
    </message>
    <message>
        <source>Apple&apos;s MPS GPU was asked for but is not available here (it needs an Apple silicon Mac and a PyTorch built with MPS); training on the CPU instead.</source>
        <translation>Apple의 MPS GPU를 골랐지만 여기서는 쓸 수 없습니다 (Apple 실리콘 Mac과 MPS를 넣어 빌드한 PyTorch가 필요합니다). 대신 CPU에서 학습합니다.</translation>
    </message>
    <message>
        <source>{name} is not a device name; training on the CPU instead.</source>
        <translation>{name}은(는) 장치 이름이 아닙니다. 대신 CPU에서 학습합니다.</translation>
    </message>
    <message>
        <source>infinitely</source>
        <translation>무한</translation>
    </message>
    <message>
        <source>No gradients yet: take a step to see how they flow.</source>
        <translation>아직 기울기가 없습니다: 한 단계 학습시키면 기울기가 어떻게 흐르는지 보입니다.</translation>
    </message>
    <message>
        <source>The gradient of {layer} is no longer a finite number: exploding gradients. Lower the learning rate or turn on gradient clipping, then Reset.</source>
        <translation>{layer}의 기울기가 더는 유한한 수가 아닙니다: 기울기 폭주입니다. 학습률을 낮추거나 기울기 클리핑을 켠 다음 초기화하세요.</translation>
    </message>
    <message>
        <source>No hidden layers: the gradient reaches the only layer directly.</source>
        <translation>은닉층이 없습니다: 기울기가 하나뿐인 층에 바로 닿습니다.</translation>
    </message>
    <message>
        <source>Every gradient is exactly 0: nothing learns. Check for dead units (ReLU outputs all 0) or a step activation, which has no slope.</source>
        <translation>모든 기울기가 정확히 0입니다: 아무것도 학습되지 않습니다. 죽은 유닛(ReLU 출력이 모두 0)이나, 기울기가 없는 계단 함수 활성화가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>All gradients are 0: the loss is at a minimum.</source>
        <translation>모든 기울기가 0입니다: 손실이 최솟값에 있습니다.</translation>
    </message>
    <message>
        <source>{share:.0%} of {layer}&apos;s units are dead: harmless for a network that already gets {accuracy:.0%} of the training set right, but they would slow any further learning.</source>
        <translation>{layer}의 유닛 중 {share:.0%}가 죽어 있습니다: 이미 학습 데이터의 {accuracy:.0%}를 맞히는 신경망에는 해가 없지만, 더 학습하려면 느려집니다.</translation>
    </message>
    <message>
        <source>{share:.0%} of {layer}&apos;s units are saturated: harmless for a network that already gets {accuracy:.0%} of the training set right, but they would slow any further learning.</source>
        <translation>{layer}의 유닛 중 {share:.0%}가 포화되어 있습니다: 이미 학습 데이터의 {accuracy:.0%}를 맞히는 신경망에는 해가 없지만, 더 학습하려면 느려집니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source> {share:.0%} of {layer}&apos;s {activation} outputs are saturated, where the slope is near 0.</source>
        <translation> {layer}의 {activation} 출력 중 {share:.0%}가 포화되어, 그 구간의 기울기가 0에 가깝습니다.</translation>
    </message>
    <message>
        <source> {layer}&apos;s updates are 10^{power:.1f} of its weights (healthy is near 10^-3): it hardly learns.</source>
        <translation> {layer}의 갱신량은 가중치의 10^{power:.1f}입니다 (건강하면 10^-3 근처): 거의 학습되지 않습니다.</translation>
    </message>
    <message>
        <source>Gradients shrink {times}-fold from {last} to {first} (the first layer): vanishing gradients.{cause}{steps} Try ReLU with He initialization, batch normalization, or fewer layers.</source>
        <translation>{last}에서 {first}(첫 층)까지 오는 동안 기울기가 {times}분의 1로 줄어듭니다: 기울기 소실입니다.{cause}{steps} He 초기화와 ReLU, 배치 정규화를 쓰거나 층 수를 줄여 보세요.</translation>
    </message>
    <message>
        <source>Gradients shrink to nothing from {last} to {first} (the first layer): vanishing gradients.{cause}{steps} Try ReLU with He initialization, batch normalization, or fewer layers.</source>
        <translation>{last}에서 {first}(첫 층)까지 오는 동안 기울기가 0이 됩니다: 기울기 소실입니다.{cause}{steps} He 초기화와 ReLU, 배치 정규화를 쓰거나 층 수를 줄여 보세요.</translation>
    </message>
    <message>
        <source>Gradients grow {times}-fold from {last} to {first} (the first layer): exploding gradients. Lower the learning rate, turn on gradient clipping, or add normalization.</source>
        <translation>{last}에서 {first}(첫 층)까지 오는 동안 기울기가 {times}배로 커집니다: 기울기 폭주입니다. 학습률을 낮추거나, 기울기 클리핑을 켜거나, 정규화를 더하세요.</translation>
    </message>
    <message>
        <source> Sigmoid&apos;s slope is at most 0.25, so each sigmoid layer cuts the gradient at least 4-fold.</source>
        <translation> 시그모이드의 기울기는 많아야 0.25이므로, 시그모이드 층 하나를 지날 때마다 기울기가 적어도 4분의 1로 줄어듭니다.</translation>
    </message>
    <message>
        <source>{share:.0%} of {layer}&apos;s ReLU units are dead (0 for every sample): they pass no gradient. Use a smaller learning rate, He initialization, or Leaky ReLU.</source>
        <translation>{layer}의 ReLU 유닛 중 {share:.0%}가 죽어 있습니다 (모든 샘플에서 0): 기울기를 전혀 전달하지 않습니다. 학습률을 낮추거나, He 초기화나 Leaky ReLU를 쓰세요.</translation>
    </message>
    <message>
        <source>{share:.0%} of {layer}&apos;s {activation} outputs are saturated (slope near 0), so little gradient gets through. Use smaller initial weights, normalization, or ReLU.</source>
        <translation>{layer}의 {activation} 출력 중 {share:.0%}가 포화되어 (기울기가 0에 가까움) 기울기가 거의 지나가지 못합니다. 초기 가중치를 작게 하거나, 정규화나 ReLU를 쓰세요.</translation>
    </message>
    <message>
        <source>Gradients flow: {first} (the first layer) gets {times} the gradient of {last}.</source>
        <translation>기울기가 잘 흐릅니다: {first}(첫 층)은(는) {last}이(가) 받는 기울기의 {times}만큼 받습니다.</translation>
    </message>
    <message>
        <source>{last} passes no gradient back: its units may be dead.</source>
        <translation>{last}이(가) 기울기를 뒤로 전혀 전달하지 않습니다: 유닛이 죽었을 수 있습니다.</translation>
    </message>
    <message>
        <source>{layer}&apos;s updates are 10^{power:.1f} of its weights (healthy is near 10^-3): the learning rate may be too high.</source>
        <translation>{layer}의 갱신량은 가중치의 10^{power:.1f}입니다 (건강하면 10^-3 근처): 학습률이 너무 높을 수 있습니다.</translation>
    </message>
    <message>
        <source>ONNX export needs {packages}, which is not installed.{sep}Install it with: {command}</source>
        <translation>ONNX 내보내기에는 {packages}이(가) 필요한데 설치되어 있지 않습니다.{sep}설치 명령: {command}</translation>
    </message>
    <message>
        <source>ONNX export needs {packages}, which are not installed.{sep}Install them with: {command}</source>
        <translation>ONNX 내보내기에는 {packages}이(가) 필요한데 설치되어 있지 않습니다.{sep}설치 명령: {command}</translation>
    </message>
    <message>
        <source>Wrote the torch.export program {name}: run torch.export.load(&quot;{name}&quot;).module()(x).</source>
        <translation>torch.export 프로그램을 {name}에 저장했습니다. 실행: torch.export.load(&quot;{name}&quot;).module()(x)</translation>
    </message>
    <message>
        <source>Wrote the ONNX model {name}: input &apos;x&apos; of shape (batch, {inputs}), output &apos;output&apos;.</source>
        <translation>ONNX 모델을 {name}에 저장했습니다. 입력 &apos;x&apos;의 모양은 (배치, {inputs}), 출력의 이름은 &apos;output&apos;입니다.</translation>
    </message>
    <message>
        <source>Its inputs are the features ({names}, standardized as in the script); its outputs are {head}.</source>
        <translation>입력은 특성({names}, 스크립트에서처럼 표준화)이고, 출력은 {head}입니다.</translation>
    </message>
    <message>
        <source>Its inputs are the features ({names}); its outputs are {head}.</source>
        <translation>입력은 특성({names})이고, 출력은 {head}입니다.</translation>
    </message>
    <message>
        <source>{name} has no export format: the file name must end in {known}</source>
        <translation>{name}의 내보내기 형식을 알 수 없습니다: 파일 이름은 {known} 중 하나로 끝나야 합니다</translation>
    </message>
    <message>
        <source>Training was stopped before it finished; nothing was exported.</source>
        <translation>학습이 끝나기 전에 멈춰서 아무것도 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Wrote the training script {name}. Run it with: python {name}</source>
        <translation>학습 스크립트 {name}을(를) 저장했습니다. 실행: python {name}</translation>
    </message>
    <message>
        <source>Wrote the trained weights to {name}: load them into the exported script&apos;s {cls} with load_state_dict(torch.load(&quot;{name}&quot;, weights_only=True)).</source>
        <translation>학습된 가중치를 {name}에 저장했습니다. 내보낸 스크립트의 {cls}에 load_state_dict(torch.load(&quot;{name}&quot;, weights_only=True))로 불러오세요.</translation>
    </message>
    <message>
        <source>logits (apply a sigmoid for probabilities)</source>
        <translation>로짓 (확률은 시그모이드를 적용해 얻습니다)</translation>
    </message>
    <message>
        <source>logits (apply a softmax for probabilities)</source>
        <translation>로짓 (확률은 소프트맥스를 적용해 얻습니다)</translation>
    </message>
    <message>
        <source>the predicted values</source>
        <translation>예측값</translation>
    </message>
    <message>
        <source>weighted sums (&gt;= 0 means class 1)</source>
        <translation>가중합 (0 이상이면 클래스 1)</translation>
    </message>
    <message>
        <source>The data cannot be made: {reason}</source>
        <translation>데이터를 만들 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Training did not start.</source>
        <translation>학습이 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>The saved weights do not fit this network ({reason}). Train it again, then export.</source>
        <translation>저장된 가중치가 이 신경망에 맞지 않습니다 ({reason}). 다시 학습한 뒤 내보내세요.</translation>
    </message>
    <message>
        <source>torch.export could not trace the network: {reason}</source>
        <translation>torch.export가 신경망을 추적하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>The project has no trained weights to put in {name}. Train it first (guinet export --train trains it before exporting).</source>
        <translation>프로젝트에 {name}에 넣을 학습된 가중치가 없습니다. 먼저 학습하세요 (guinet export --train은 내보내기 전에 학습합니다).</translation>
    </message>
    <message>
        <source>The ONNX exporter failed: {reason}</source>
        <translation>ONNX 내보내기가 실패했습니다: {reason}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>프로젝트 파일</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}</source>
        <translation>{path}은(는) {what}이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{path}: cannot open the {what} ({reason})</source>
        <translation>{path}: {what}을 열 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is {kind}); guinet reads a {what} only from an ordinary file</source>
        <translation>{path}은(는) 일반 파일이 아닙니다 ({kind}입니다). guinet은 {what}을 일반 파일에서만 읽습니다</translation>
    </message>
    <message>
        <source>{path} is {size}; a {what} may be at most {limit}</source>
        <translation>{path}의 크기는 {size}입니다. {what}은 최대 {limit}까지입니다</translation>
    </message>
    <message>
        <source>{path}: cannot read the {what} ({reason})</source>
        <translation>{path}: {what}을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>{path} is larger than {limit}, the most a {what} may be</source>
        <translation>{path}이(가) {what}의 최대 크기인 {limit}보다 큽니다</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>다른 종류</translation>
    </message>
    <message>
        <source>{prefix}the file is empty; a guinet project is a JSON object</source>
        <translation>{prefix}파일이 비어 있습니다. guinet 프로젝트는 JSON 객체입니다</translation>
    </message>
    <message>
        <source>there is no example called {name}; examples: {names}</source>
        <translation>{name}(이)라는 예제가 없습니다. 예제: {names}</translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}</source>
        <translation>{path}에 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{prefix}not a guinet project: byte {byte} is not UTF-8 text</source>
        <translation>{prefix}guinet 프로젝트가 아닙니다: {byte}번째 바이트가 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>{prefix}the document is nested too deeply to be a project</source>
        <translation>{prefix}문서가 너무 깊이 중첩되어 있어 프로젝트일 수 없습니다</translation>
    </message>
    <message>
        <source>{prefix}the document is too large to read</source>
        <translation>{prefix}문서가 너무 커서 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{prefix}not valid JSON: {detail} at line {line}, column {column}. A project file may have been cut short or edited by hand.</source>
        <translation>{prefix}올바른 JSON이 아닙니다: {line}행 {column}열에서 {detail}. 프로젝트 파일이 중간에 잘렸거나 손으로 고쳐졌을 수 있습니다.</translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}. The previous file, if any, is unchanged.</source>
        <translation>{path}에 저장할 수 없습니다: {reason}. 이전 파일이 있었다면 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>z = {terms} = {z}
a = z = {a}</source>
        <translation>z = {terms} = {z}
a = z = {a}</translation>
    </message>
    <message>
        <source>[{values}, … ({n} more)]</source>
        <translation>[{values}, … (외 {n}개)]</translation>
    </message>
    <message>
        <source>z = {terms} = {z}
a = {between} = {a}</source>
        <translation>z = {terms} = {z}
a = {between} = {a}</translation>
    </message>
    <message>
        <source>… ({n} more: {rest})</source>
        <translation>… (외 {n}개: {rest})</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test accuracy reached {accuracy:.3f} (target {target:g}).</source>
        <translation>에포크 {epoch}에서 멈췄습니다: 테스트 정확도가 {accuracy:.3f}에 이르렀습니다 (목표 {target:g}).</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the training loss fell to {loss:.4g}, below the target {target:g}.</source>
        <translation>에포크 {epoch}에서 멈췄습니다: 학습 손실이 {loss:.4g}로, 목표 {target:g} 아래로 내려갔습니다.</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test loss has not improved for {patience} epochs (best {best:.4g} at epoch {best_epoch}).</source>
        <translation>에포크 {epoch}에서 멈췄습니다: 테스트 손실이 {patience} 에포크 동안 나아지지 않았습니다 (가장 좋은 값은 에포크 {best_epoch}의 {best:.4g}).</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the training loss has not improved for {patience} epochs (best {best:.4g} at epoch {best_epoch}).</source>
        <translation>에포크 {epoch}에서 멈췄습니다: 학습 손실이 {patience} 에포크 동안 나아지지 않았습니다 (가장 좋은 값은 에포크 {best_epoch}의 {best:.4g}).</translation>
    </message>
    <message>
        <source>a step is large ({flops:.1e} operations): {n} of {cores} cores, {reserve} kept for the window</source>
        <translation>한 스텝이 큽니다 (연산 {flops:.1e}회): 코어 {cores}개 중 {n}개, 창을 위해 {reserve}개 남김</translation>
    </message>
    <message>
        <source>a step is large ({flops:.1e} operations): {n} of {cores} cores</source>
        <translation>한 스텝이 큽니다 (연산 {flops:.1e}회): 코어 {cores}개 중 {n}개</translation>
    </message>
    <message>
        <source>{n} set in the Training settings (automatic would choose {automatic})</source>
        <translation>학습 설정에서 {n}개로 정함 (자동이면 {automatic}개)</translation>
    </message>
    <message>
        <source>the arithmetic runs on the GPU; one CPU thread feeds it</source>
        <translation>계산은 GPU에서 하고, CPU 스레드 하나가 데이터를 넘깁니다</translation>
    </message>
    <message>
        <source>a step is small ({flops:.1e} operations); more threads would only wait for each other</source>
        <translation>한 스텝이 작습니다 (연산 {flops:.1e}회). 스레드를 늘려도 서로 기다리기만 합니다</translation>
    </message>
    <message>
        <source>{cores} cores, {reserve} kept for the window</source>
        <translation>코어 {cores}개, 창을 위해 {reserve}개 남김</translation>
    </message>
    <message>
        <source>Lower the learning rate (now {lr:g}), turn on gradient clipping (Gradient clipping &gt; 0, e.g. 1), or add batch or layer normalization to the Dense layers, then Reset and train again.</source>
        <translation>학습률(지금 {lr:g})을 낮추거나, 기울기 클리핑을 켜거나(기울기 클리핑 &gt; 0, 예: 1), Dense 층에 배치 정규화나 층 정규화를 더한 뒤 초기화하고 다시 학습시키세요.</translation>
    </message>
    <message>
        <source>Training diverged at step {step}: {what}. {where}. This is an exploding gradient: each update overshoots, the next gradient is larger still, until the numbers overflow. {remedy}</source>
        <translation>{step}단계에서 학습이 발산했습니다: {what}. {where}. 기울기 폭주입니다: 갱신할 때마다 지나치게 멀리 가고, 다음 기울기는 더 커져서, 결국 수가 넘칩니다. {remedy}</translation>
    </message>
    <message>
        <source>Training diverged at step {step}: the loss climbed from {start:.4g} to {now:.4g}, more than {factor:g} times where it started, although every number is still finite. The updates overshoot: each step moves the weights past the minimum and further up the other side. {remedy}</source>
        <translation>{step}단계에서 학습이 발산했습니다: 모든 수가 아직 유한하지만, 손실이 {start:.4g}에서 {now:.4g}로, 처음의 {factor:g}배 넘게 올라갔습니다. 갱신이 지나칩니다: 단계마다 가중치가 최솟값을 지나쳐 반대쪽 비탈을 더 올라갑니다. {remedy}</translation>
    </message>
    <message>
        <source>The weights of layer &apos;{layer}&apos; (the first one, counting from the input) stopped being finite numbers: the update before overshot so far that they overflowed</source>
        <translation>층 &apos;{layer}&apos;(입력에서부터 세어 첫 번째)의 가중치가 유한한 수가 아니게 되었습니다: 바로 앞의 갱신이 너무 멀리 가서 넘쳤습니다</translation>
    </message>
    <message>
        <source>The gradient of layer &apos;{layer}&apos; (the first one, counting from the input) stopped being a finite number</source>
        <translation>층 &apos;{layer}&apos;(입력에서부터 세어 첫 번째)의 기울기가 유한한 수가 아니게 되었습니다</translation>
    </message>
    <message>
        <source>Every gradient and weight is still finite: the loss itself overflowed, because the network&apos;s outputs grew too large for the loss to be computed in 32-bit numbers</source>
        <translation>기울기와 가중치는 모두 아직 유한합니다: 신경망의 출력이 너무 커져서 32비트 수로는 손실을 계산할 수 없어, 손실 자체가 넘쳤습니다</translation>
    </message>
    <message>
        <source>The perceptron rule updates one sample at a time, which a GPU cannot speed up; training on the CPU.</source>
        <translation>퍼셉트론 규칙은 샘플을 하나씩 갱신하므로 GPU로 빨라지지 않습니다. CPU에서 학습합니다.</translation>
    </message>
    <message>
        <source>the loss became NaN or infinite</source>
        <translation>손실이 NaN 또는 무한대가 되었습니다</translation>
    </message>
    <message>
        <source>The weights of epoch {epoch} (the lowest loss, {loss:.4g}) were kept.</source>
        <translation>에포크 {epoch}의 가중치(가장 낮은 손실, {loss:.4g})를 남겼습니다.</translation>
    </message>
    <message>
        <source>the loss became NaN</source>
        <translation>손실이 NaN이 되었습니다</translation>
    </message>
    <message>
        <source>the loss became infinite</source>
        <translation>손실이 무한대가 되었습니다</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>The features of each sample enter here. Its width is the number of input features chosen in the Data panel.</source>
        <translation>각 샘플의 피처가 여기로 들어옵니다. 폭은 데이터 패널에서 고른 입력 피처의 수입니다.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>A fully connected layer: every neuron computes a(w·x + b) over all inputs. Stack them to make a multi-layer perceptron.</source>
        <translation>완전 연결 층: 모든 뉴런이 입력 전체에 대해 a(w·x + b)를 계산합니다. 여러 층 쌓으면 다층 퍼셉트론이 됩니다.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛 수</translation>
    </message>
    <message>
        <source>Number of neurons in this layer (its output width).</source>
        <translation>이 층의 뉴런 수 (출력 폭).</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>The function applied to each neuron&apos;s weighted sum.</source>
        <translation>각 뉴런의 가중치 합에 적용하는 함수입니다.</translation>
    </message>
    <message>
        <source>Linear (none)</source>
        <translation>선형 (없음)</translation>
    </message>
    <message>
        <source>Passes the weighted sum through unchanged. A stack of linear layers is still one linear map, so hidden layers need a nonlinearity to bend decision boundaries.</source>
        <translation>가중치 합을 그대로 내보냅니다. 선형 층을 쌓아도 선형 변환 하나일 뿐이므로, 결정 경계를 굽히려면 은닉층에 비선형 함수가 필요합니다.</translation>
    </message>
    <message>
        <source>Step (Heaviside)</source>
        <translation>계단 (헤비사이드)</translation>
    </message>
    <message>
        <source>The original perceptron&apos;s activation: 1 when the weighted sum is at least 0, else 0. Its slope is zero everywhere, so gradient descent cannot train through it; use the perceptron learning rule.</source>
        <translation>처음 퍼셉트론의 활성화 함수: 가중치 합이 0 이상이면 1, 아니면 0. 기울기가 어디서나 0이라 경사하강법으로는 학습할 수 없으니 퍼셉트론 학습 규칙을 쓰세요.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>Squashes any number into (0, 1). Smooth, but its slope is at most 0.25, so in deep stacks gradients shrink layer by layer (vanishing gradients). Pair with Xavier.</source>
        <translation>어떤 수든 (0, 1) 사이로 누릅니다. 매끄럽지만 기울기가 최대 0.25라서 깊이 쌓으면 층마다 기울기가 줄어듭니다(기울기 소실). Xavier 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Like sigmoid but centred on zero, range (-1, 1); slope at most 1. Pair with Xavier/Glorot initialization.</source>
        <translation>시그모이드와 비슷하지만 0을 중심으로 하며 범위는 (-1, 1), 기울기는 최대 1입니다. Xavier/Glorot 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>max(0, x): slope 1 for positive inputs, so gradients pass without shrinking. The usual default for hidden layers; pair with He initialization. Units stuck below zero stop learning (&apos;dead ReLU&apos;).</source>
        <translation>max(0, x): 양수 입력에서 기울기가 1이라 기울기가 줄지 않고 전달됩니다. 은닉층의 일반적인 기본값이며 He 초기화와 함께 씁니다. 0 아래에 머무는 유닛은 더 배우지 못합니다(죽은 ReLU).</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Like ReLU but with a small slope for negative inputs, so no unit dies completely.</source>
        <translation>ReLU와 같지만 음수 입력에 작은 기울기를 두어 어떤 유닛도 완전히 죽지 않습니다.</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>음수 쪽 기울기</translation>
    </message>
    <message>
        <source>Slope for inputs below zero.</source>
        <translation>0보다 작은 입력의 기울기입니다.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Exponential linear unit: identity for positive inputs, a smooth curve towards -alpha for negative ones; keeps mean activations near zero.</source>
        <translation>지수 선형 유닛: 양수 입력은 그대로, 음수 입력은 -alpha로 다가가는 매끄러운 곡선. 활성값의 평균을 0 근처로 지킵니다.</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>알파</translation>
    </message>
    <message>
        <source>Value approached for very negative inputs.</source>
        <translation>아주 작은(음수) 입력에서 다가가는 값입니다.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Gaussian error linear unit, a smooth ReLU used in transformers.</source>
        <translation>가우스 오차 선형 유닛: 트랜스포머에서 쓰는 매끄러운 ReLU.</translation>
    </message>
    <message>
        <source>SiLU (Swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>x times sigmoid(x): a smooth ReLU-like curve that dips slightly below zero.</source>
        <translation>x 곱하기 sigmoid(x): 0 아래로 살짝 내려가는 매끄러운 ReLU 모양 곡선.</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <source>Turns a vector of scores into probabilities that sum to 1; used on the output of a classifier with more than two classes.</source>
        <translation>점수 벡터를 합이 1인 확률로 바꿉니다. 클래스가 셋 이상인 분류기의 출력에 씁니다.</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>How the weights are drawn before training starts.</source>
        <translation>학습을 시작하기 전에 가중치를 뽑는 방법입니다.</translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation>PyTorch 기본값</translation>
    </message>
    <message>
        <source>What torch.nn.Linear does on its own: uniform in ±1/sqrt(fan_in) (Kaiming uniform with a=sqrt(5)) for weights, the same bound for biases.</source>
        <translation>torch.nn.Linear가 스스로 하는 방식: 가중치는 ±1/sqrt(fan_in) 사이의 균등 분포(a=sqrt(5)인 Kaiming 균등 분포), 편향도 같은 범위.</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot 균등 분포</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio (2010): uniform with variance 2/(fan_in+fan_out), keeping signals the same size through sigmoid and tanh layers.</source>
        <translation>글로럿과 벤지오(2010): 분산이 2/(fan_in+fan_out)인 균등 분포로, 시그모이드와 tanh 층을 지나도 신호의 크기를 유지합니다.</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation>Xavier/Glorot 정규 분포</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio (2010), drawn from a normal distribution with variance 2/(fan_in+fan_out). Good with sigmoid and tanh.</source>
        <translation>글로럿과 벤지오(2010): 분산이 2/(fan_in+fan_out)인 정규 분포에서 뽑습니다. 시그모이드, tanh와 잘 맞습니다.</translation>
    </message>
    <message>
        <source>He/Kaiming uniform</source>
        <translation>He/Kaiming 균등 분포</translation>
    </message>
    <message>
        <source>He et al. (2015): variance 2/fan_in, which makes up for ReLU zeroing half its inputs. The gain follows this layer&apos;s activation.</source>
        <translation>헤 외(2015): 분산 2/fan_in으로, ReLU가 입력의 절반을 0으로 만드는 것을 메웁니다. 이득(gain)은 이 층의 활성화 함수를 따릅니다.</translation>
    </message>
    <message>
        <source>Fan mode</source>
        <translation>팬 기준 (fan_in/fan_out)</translation>
    </message>
    <message>
        <source>fan_in keeps the forward signal&apos;s variance; fan_out keeps the gradients&apos; variance.</source>
        <translation>fan_in은 순전파 신호의 분산을, fan_out은 기울기의 분산을 유지합니다.</translation>
    </message>
    <message>
        <source>fan_in</source>
        <translation>fan_in</translation>
    </message>
    <message>
        <source>Scale by the number of inputs (preserves activations).</source>
        <translation>입력 수로 크기를 맞춥니다 (활성값 유지).</translation>
    </message>
    <message>
        <source>fan_out</source>
        <translation>fan_out</translation>
    </message>
    <message>
        <source>Scale by the number of outputs (preserves gradients).</source>
        <translation>출력 수로 크기를 맞춥니다 (기울기 유지).</translation>
    </message>
    <message>
        <source>He/Kaiming normal</source>
        <translation>He/Kaiming 정규 분포</translation>
    </message>
    <message>
        <source>He et al. (2015), normal distribution with variance 2/fan_in (gain from this layer&apos;s activation). The partner of ReLU.</source>
        <translation>헤 외(2015): 분산 2/fan_in인 정규 분포(이득은 이 층의 활성화 함수에서). ReLU의 짝입니다.</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 정규 분포</translation>
    </message>
    <message>
        <source>Normal with variance 1/fan_in; the partner of SELU-style self-normalizing networks.</source>
        <translation>분산 1/fan_in인 정규 분포. SELU 같은 자기 정규화 신경망의 짝입니다.</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>직교</translation>
    </message>
    <message>
        <source>A random orthogonal matrix (scaled by gain): keeps vector lengths, which helps very deep networks.</source>
        <translation>무작위 직교 행렬(이득을 곱함): 벡터의 길이를 지켜 아주 깊은 신경망에 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>이득</translation>
    </message>
    <message>
        <source>Scale applied to the orthogonal matrix.</source>
        <translation>직교 행렬에 곱하는 배율입니다.</translation>
    </message>
    <message>
        <source>Normal(mean, std)</source>
        <translation>정규 분포(평균, 표준편차)</translation>
    </message>
    <message>
        <source>Every weight drawn from a normal distribution. Too small a std makes gradients vanish in deep networks; too large makes them explode.</source>
        <translation>모든 가중치를 정규 분포에서 뽑습니다. 표준편차가 너무 작으면 깊은 신경망에서 기울기가 소실되고, 너무 크면 폭주합니다.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Centre of the distribution.</source>
        <translation>분포의 중심입니다.</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>Spread of the distribution.</source>
        <translation>분포의 퍼짐입니다.</translation>
    </message>
    <message>
        <source>Uniform(a, b)</source>
        <translation>균등 분포(a, b)</translation>
    </message>
    <message>
        <source>Every weight drawn uniformly between a and b.</source>
        <translation>모든 가중치를 a와 b 사이에서 고르게 뽑습니다.</translation>
    </message>
    <message>
        <source>Low (a)</source>
        <translation>아래 (a)</translation>
    </message>
    <message>
        <source>Smallest value.</source>
        <translation>가장 작은 값입니다.</translation>
    </message>
    <message>
        <source>High (b)</source>
        <translation>위 (b)</translation>
    </message>
    <message>
        <source>Largest value.</source>
        <translation>가장 큰 값입니다.</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>0</translation>
    </message>
    <message>
        <source>All zero. For biases this is the usual choice; for weights it makes every unit of a layer identical forever (no symmetry breaking).</source>
        <translation>모두 0. 편향에는 보통 이것을 쓰지만, 가중치에 쓰면 한 층의 모든 유닛이 영원히 똑같아집니다(대칭이 깨지지 않음).</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>Every value the same constant.</source>
        <translation>모든 값을 같은 상수로 둡니다.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>The constant.</source>
        <translation>상수 값입니다.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>Add a learnable bias b to each neuron: y = a(w·x + b). Without it every decision line passes through the origin.</source>
        <translation>뉴런마다 학습되는 편향 b를 더합니다: y = a(w·x + b). 편향이 없으면 모든 결정 경계 직선이 원점을 지납니다.</translation>
    </message>
    <message>
        <source>Bias initializer</source>
        <translation>편향 초기화</translation>
    </message>
    <message>
        <source>How the biases are set before training starts.</source>
        <translation>학습을 시작하기 전에 편향을 정하는 방법입니다.</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Normalize the weighted sums before the activation.</source>
        <translation>활성화 함수 전에 가중치 합을 정규화합니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No normalization.</source>
        <translation>정규화하지 않습니다.</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Ioffe &amp; Szegedy (2015): before the activation, rescale each feature to mean 0 and variance 1 over the mini-batch, then learn a scale and shift. Keeps deep networks trainable; wants batches that are not too small.</source>
        <translation>Ioffe와 Szegedy(2015): 활성화 함수 전에 각 피처를 미니 배치에 걸쳐 평균 0, 분산 1로 맞춘 뒤 배율과 이동을 학습합니다. 깊은 신경망을 학습할 수 있게 지켜 주며, 너무 작지 않은 배치가 필요합니다.</translation>
    </message>
    <message>
        <source>Layer norm</source>
        <translation>층 정규화</translation>
    </message>
    <message>
        <source>Ba et al. (2016): normalize each sample over its own features, so it does not depend on the batch; works with batch size 1 and in recurrent networks.</source>
        <translation>Ba 외(2016): 각 샘플을 자기 피처들에 걸쳐 정규화하므로 배치와 상관없습니다. 배치 크기 1이나 순환 신경망에서도 동작합니다.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>During training, zero each output with this probability (and scale the rest up), so the network cannot rely on any single unit.</source>
        <translation>학습 중에 각 출력을 이 확률로 0으로 만들어(나머지는 그만큼 키움) 신경망이 어느 한 유닛에 기대지 못하게 합니다.</translation>
    </message>
    <message>
        <source>Applies a function to each value on its own, with no weights.</source>
        <translation>가중치 없이 각 값에 함수를 따로 적용합니다.</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>Normalizes each feature over the mini-batch to mean 0 and variance 1, then learns a scale and shift. Helps deep networks train.</source>
        <translation>각 피처를 미니 배치에 걸쳐 평균 0, 분산 1로 정규화한 뒤 배율과 이동을 학습합니다. 깊은 신경망의 학습을 돕습니다.</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>엡실론</translation>
    </message>
    <message>
        <source>Added to the variance before dividing, for stability.</source>
        <translation>안정성을 위해 나누기 전에 분산에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>How fast the running mean and variance used at test time follow the batches.</source>
        <translation>평가 때 쓰는 이동 평균과 분산이 배치를 얼마나 빨리 따라가는지입니다.</translation>
    </message>
    <message>
        <source>LayerNorm</source>
        <translation>LayerNorm</translation>
    </message>
    <message>
        <source>Normalizes each sample over its own features; independent of the batch size.</source>
        <translation>각 샘플을 자기 피처들에 걸쳐 정규화합니다. 배치 크기와 상관없습니다.</translation>
    </message>
    <message>
        <source>Zeroes random values during training so the network learns redundant features; does nothing at test time.</source>
        <translation>학습 중에 무작위로 값을 0으로 만들어 신경망이 여분의 피처를 배우게 합니다. 평가 때는 아무것도 하지 않습니다.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Adds its inputs element by element; they must have the same width. With a skip connection this makes a residual block, which lets gradients bypass deep stacks.</source>
        <translation>입력들을 원소별로 더합니다. 폭이 같아야 합니다. 건너뛰는 연결과 함께 쓰면 잔차 블록이 되어 기울기가 깊은 층을 우회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Concat</source>
        <translation>Concat</translation>
    </message>
    <message>
        <source>Joins its inputs side by side; the output width is the sum of theirs.</source>
        <translation>입력들을 나란히 이어 붙입니다. 출력 폭은 입력 폭의 합입니다.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>The prediction. Its width and activation follow the task (one sigmoid unit for two classes, softmax over K classes, a linear unit for regression) unless you choose a head yourself.</source>
        <translation>예측값입니다. 출력 방식을 직접 고르지 않으면 폭과 활성화 함수가 과제를 따릅니다(클래스 둘이면 시그모이드 유닛 하나, K개면 소프트맥스, 회귀면 선형 유닛 하나).</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>출력 방식</translation>
    </message>
    <message>
        <source>Output activation and matching loss.</source>
        <translation>출력의 활성화 함수와 그에 맞는 손실 함수입니다.</translation>
    </message>
    <message>
        <source>From the task</source>
        <translation>과제에 따라</translation>
    </message>
    <message>
        <source>Sigmoid with binary cross-entropy for two classes, softmax with cross-entropy for more, linear with mean squared error for regression.</source>
        <translation>클래스 둘이면 시그모이드와 이진 교차 엔트로피, 더 많으면 소프트맥스와 교차 엔트로피, 회귀면 선형과 평균 제곱 오차.</translation>
    </message>
    <message>
        <source>Sigmoid (two classes)</source>
        <translation>시그모이드 (클래스 둘)</translation>
    </message>
    <message>
        <source>One output unit squashed to a probability.</source>
        <translation>확률로 눌러 담은 출력 유닛 하나.</translation>
    </message>
    <message>
        <source>Softmax (K classes)</source>
        <translation>소프트맥스 (클래스 K개)</translation>
    </message>
    <message>
        <source>One output per class, turned into probabilities.</source>
        <translation>클래스마다 출력 하나, 확률로 바꿈.</translation>
    </message>
    <message>
        <source>Linear (regression)</source>
        <translation>선형 (회귀)</translation>
    </message>
    <message>
        <source>The raw weighted sum, compared to the target by squared error.</source>
        <translation>가중치 합 그대로, 정답과 제곱 오차로 비교.</translation>
    </message>
    <message>
        <source>Step (perceptron)</source>
        <translation>계단 (퍼셉트론)</translation>
    </message>
    <message>
        <source>Outputs 0 or 1 as Rosenblatt&apos;s perceptron does; trains only with the perceptron rule.</source>
        <translation>로젠블랫의 퍼셉트론처럼 0 또는 1을 냅니다. 퍼셉트론 규칙으로만 학습합니다.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>What the network learns from.</source>
        <translation>신경망이 배우는 데이터입니다.</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>AND 게이트</translation>
    </message>
    <message>
        <source>Output 1 only when both inputs are 1. One line separates the classes, so a single perceptron learns it.</source>
        <translation>두 입력이 모두 1일 때만 1. 직선 하나로 클래스가 나뉘므로 퍼셉트론 하나가 배웁니다.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>How many copies of the four rows of the truth table to train on (useful with noise).</source>
        <translation>진리표의 네 행을 몇 벌 복사해 학습할지 (잡음과 함께 쓰면 유용).</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>OR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when either input is 1. Linearly separable: one perceptron suffices.</source>
        <translation>입력 중 하나라도 1이면 1. 선형 분리 가능: 퍼셉트론 하나로 충분합니다.</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>NAND 게이트</translation>
    </message>
    <message>
        <source>NOT AND: output 0 only when both inputs are 1. Linearly separable.</source>
        <translation>NOT AND: 두 입력이 모두 1일 때만 0. 선형 분리 가능.</translation>
    </message>
    <message>
        <source>NOR gate</source>
        <translation>NOR 게이트</translation>
    </message>
    <message>
        <source>NOT OR: output 1 only when both inputs are 0. Linearly separable.</source>
        <translation>NOT OR: 두 입력이 모두 0일 때만 1. 선형 분리 가능.</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>XOR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when the inputs differ. No single line separates the classes, so one perceptron fails; XOR = AND(OR, NAND) needs a hidden layer.</source>
        <translation>두 입력이 다르면 1. 직선 하나로는 클래스를 나눌 수 없어 퍼셉트론 하나로는 실패합니다. XOR = AND(OR, NAND)에는 은닉층이 필요합니다.</translation>
    </message>
    <message>
        <source>XNOR gate</source>
        <translation>XNOR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when the inputs are equal; like XOR it needs a hidden layer.</source>
        <translation>두 입력이 같으면 1. XOR처럼 은닉층이 필요합니다.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>Class 1 inside a circle, class 0 in a ring around it. A line cannot split them; x1² and x2² features or a hidden layer can.</source>
        <translation>원 안은 클래스 1, 둘레의 고리는 클래스 0. 직선으로는 나눌 수 없지만 x1², x2² 피처나 은닉층으로는 나눌 수 있습니다.</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>XOR 사분면</translation>
    </message>
    <message>
        <source>Points labelled by the sign of x1·x2: the XOR pattern on a plane.</source>
        <translation>x1·x2의 부호로 이름 붙인 점들: 평면 위의 XOR 무늬.</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>가우스 분포 두 개</translation>
    </message>
    <message>
        <source>Two blobs of points; linearly separable when the noise is low.</source>
        <translation>점 덩어리 두 개. 잡음이 작으면 선형 분리 가능.</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>초승달</translation>
    </message>
    <message>
        <source>Two interleaving half circles.</source>
        <translation>서로 맞물린 반원 두 개.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>Arms of points winding around the centre, one class per arm: hard for shallow networks.</source>
        <translation>중심을 감아 도는 점들의 팔, 팔마다 클래스 하나: 얕은 신경망에는 어렵습니다.</translation>
    </message>
    <message>
        <source>Arms (classes)</source>
        <translation>팔 (클래스)</translation>
    </message>
    <message>
        <source>Number of spiral arms; each is a class.</source>
        <translation>나선 팔의 수. 팔마다 클래스 하나입니다.</translation>
    </message>
    <message>
        <source>Regression: plane</source>
        <translation>회귀: 평면</translation>
    </message>
    <message>
        <source>The target is a tilted plane over (x1, x2).</source>
        <translation>정답이 (x1, x2) 위의 기울어진 평면입니다.</translation>
    </message>
    <message>
        <source>Regression: Gaussians</source>
        <translation>회귀: 가우스 분포</translation>
    </message>
    <message>
        <source>The target is a sum of Gaussian bumps over the plane.</source>
        <translation>정답이 평면 위 가우스 언덕들의 합입니다.</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>직접 그린 점</translation>
    </message>
    <message>
        <source>Your own points, drawn with the mouse on the Decision boundary plot: click adds a point of the chosen class, drag erases.</source>
        <translation>결정 경계 그래프에 마우스로 직접 그린 점: 클릭하면 고른 클래스의 점을 더하고, 끌면 지웁니다.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>The points drawn on the plane: [x1, x2, class] for classes, [x1, x2, target] for regression. Draw them on the Decision boundary plot (Draw mode).</source>
        <translation>평면에 그린 점: 분류는 [x1, x2, 클래스], 회귀는 [x1, x2, 정답 값]. 결정 경계 그래프에서 그립니다 (그리기 모드).</translation>
    </message>
    <message>
        <source>Drawn points: regression</source>
        <translation>직접 그린 점: 회귀</translation>
    </message>
    <message>
        <source>Your own points, drawn with the mouse on the Decision boundary plot, each with a target value to predict.</source>
        <translation>결정 경계 그래프에 마우스로 직접 그린 점. 점마다 예측할 정답 값이 있습니다.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>Columns from a CSV file (commas, semicolons or tabs); one column is the target. Text columns become one input per category; text targets are class names.</source>
        <translation>CSV 파일의 열(쉼표, 세미콜론 또는 탭 구분). 한 열이 목표값입니다. 텍스트 열은 범주마다 입력 하나가 되고, 텍스트 목표값은 클래스 이름이 됩니다.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>읽을 CSV 파일입니다.</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>정답 열</translation>
    </message>
    <message>
        <source>Name (with a header) or 1-based number of the column to predict; empty means the last column.</source>
        <translation>예측할 열의 이름(머리글이 있을 때) 또는 1부터 센 번호. 비워 두면 마지막 열입니다.</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>머리글 행</translation>
    </message>
    <message>
        <source>Whether the first row holds column names.</source>
        <translation>첫 행이 열 이름인지 여부.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Column names when the first row holds text over columns of numbers.</source>
        <translation>숫자 열 위 첫 행이 텍스트이면 열 이름으로 봅니다.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>The first row holds column names.</source>
        <translation>첫 행에 열 이름이 있습니다.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>The first row is data.</source>
        <translation>첫 행도 데이터입니다.</translation>
    </message>
    <message>
        <source>Skip rows</source>
        <translation>건너뛸 행</translation>
    </message>
    <message>
        <source>Rows to skip at the top of the file (a title or counts before the data). A first row of counts or of another width is skipped on its own.</source>
        <translation>파일 맨 위에서 건너뛸 행 수(데이터 앞의 제목이나 개수). 개수만 있거나 폭이 다른 첫 행은 저절로 건너뜁니다.</translation>
    </message>
    <message>
        <source>Drop rows with missing values</source>
        <translation>결측값이 있는 행 버리기</translation>
    </message>
    <message>
        <source>Drop rows with an empty, NA, NaN, null or ? cell instead of stopping at the first one.</source>
        <translation>빈 칸, NA, NaN, null, ? 칸이 있는 행을 처음 만난 곳에서 멈추지 않고 버립니다.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Predict classes or numbers.</source>
        <translation>클래스를 예측할지, 수를 예측할지.</translation>
    </message>
    <message>
        <source>Classes when the target holds text or a few different whole numbers, else regression.</source>
        <translation>목표값이 텍스트이거나 서로 다른 정수 몇 개이면 분류, 아니면 회귀.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>The target holds class labels.</source>
        <translation>정답이 클래스 이름입니다.</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>The target is a number to predict.</source>
        <translation>정답이 예측할 수입니다.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>How many points to draw (toy sets; gates use their truth table times Repeats).</source>
        <translation>점을 몇 개 뽑을지 (예제용 데이터셋. 게이트는 진리표 × 반복).</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise added to the inputs (toy sets: relative to their scale).</source>
        <translation>입력에 더하는 가우스 잡음의 표준편차 (예제용 데이터셋: 그 크기에 비례).</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>학습 비율</translation>
    </message>
    <message>
        <source>Fraction of samples used for training; the rest tests how well the network generalizes. Gates train and test on the whole truth table.</source>
        <translation>학습에 쓰는 샘플의 비율. 나머지로 신경망이 얼마나 일반화하는지 평가합니다. 게이트는 진리표 전체로 학습하고 평가합니다.</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>입력 피처</translation>
    </message>
    <message>
        <source>What the Input layer sees, made from the two coordinates (as in TensorFlow Playground).</source>
        <translation>입력 층이 보는 것으로, 두 좌표로 만듭니다 (TensorFlow Playground처럼).</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>Shift and scale each input feature to mean 0 and variance 1, using statistics of the training split only.</source>
        <translation>학습 데이터의 통계만 써서 각 입력 피처를 평균 0, 분산 1로 옮기고 늘입니다.</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>데이터 시드</translation>
    </message>
    <message>
        <source>The same seed draws the same points.</source>
        <translation>같은 시드는 같은 점을 뽑습니다.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>최적화 기법</translation>
    </message>
    <message>
        <source>How the gradients turn into weight updates.</source>
        <translation>기울기를 가중치 업데이트로 바꾸는 방법입니다.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Plain gradient descent: w ← w − lr·∂loss/∂w. With the whole training set per step it is batch gradient descent; with mini-batches, stochastic (mini-batch) gradient descent; with batch size 1, pure SGD.</source>
        <translation>기본 경사하강법: w ← w − lr·∂손실/∂w. 단계마다 학습 데이터 전체를 쓰면 배치 경사하강법, 미니 배치를 쓰면 확률적(미니 배치) 경사하강법, 배치 크기 1이면 순수한 SGD입니다.</translation>
    </message>
    <message>
        <source>Gradient descent with momentum: updates keep part of their last direction, which damps zig-zags and speeds progress.</source>
        <translation>모멘텀 경사하강법: 업데이트가 직전 방향의 일부를 유지해(관성) 지그재그를 줄이고 빨리 나아갑니다.</translation>
    </message>
    <message>
        <source>Fraction of the last update carried into the next: a heavy ball that rolls through small bumps and speeds up along valleys.</source>
        <translation>직전 업데이트 중 다음으로 넘어가는 비율: 작은 턱은 굴러 넘고 골짜기를 따라 빨라지는 무거운 공.</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: the gradient is taken where the momentum is about to carry the weights.</source>
        <translation>앞을 내다보는 모멘텀: 모멘텀이 가중치를 데려갈 곳에서 기울기를 구합니다.</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>Gives each weight its own learning rate, shrinking it for weights that have had large gradients. Good for sparse features; the rate only ever decreases.</source>
        <translation>가중치마다 학습률을 따로 두고, 기울기가 컸던 가중치는 학습률을 줄입니다. 희소한 피처에 좋지만 학습률이 줄기만 합니다.</translation>
    </message>
    <message>
        <source>Added to the denominator.</source>
        <translation>분모에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Like AdaGrad but with a decaying average of squared gradients, so the learning rate does not fade away.</source>
        <translation>AdaGrad와 비슷하지만 제곱 기울기의 감쇠 평균을 써서 학습률이 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>Alpha (decay)</source>
        <translation>알파 (감쇠)</translation>
    </message>
    <message>
        <source>Decay of the squared-gradient average.</source>
        <translation>제곱 기울기 평균의 감쇠율입니다.</translation>
    </message>
    <message>
        <source>Optional momentum.</source>
        <translation>선택할 수 있는 모멘텀입니다.</translation>
    </message>
    <message>
        <source>Tiny number added to the denominator to avoid dividing by zero.</source>
        <translation>0으로 나누지 않도록 분모에 더하는 아주 작은 수입니다.</translation>
    </message>
    <message>
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <source>An extension of AdaGrad that scales steps by the ratio of recent update sizes to recent gradient sizes; works with learning rate 1.</source>
        <translation>최근 업데이트 크기와 최근 기울기 크기의 비로 보폭을 정하는 AdaGrad의 확장. 학습률 1로 동작합니다.</translation>
    </message>
    <message>
        <source>Rho (decay)</source>
        <translation>로 (감쇠)</translation>
    </message>
    <message>
        <source>Decay of the running averages.</source>
        <translation>이동 평균의 감쇠율입니다.</translation>
    </message>
    <message>
        <source>Added to the denominators.</source>
        <translation>분모들에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Momentum plus RMSProp with bias correction (Kingma &amp; Ba, 2014): the usual first choice, robust to the learning rate.</source>
        <translation>모멘텀과 RMSProp을 합치고 편향을 보정한 방법(Kingma와 Ba, 2014): 보통 처음 고르는 것으로, 학습률에 덜 민감합니다.</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>베타 1</translation>
    </message>
    <message>
        <source>Decay of the running mean of gradients (momentum).</source>
        <translation>기울기 이동 평균의 감쇠율 (모멘텀).</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>베타 2</translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients.</source>
        <translation>제곱 기울기 이동 평균의 감쇠율.</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Adam with weight decay applied directly to the weights rather than through the gradient (Loshchilov &amp; Hutter, 2017).</source>
        <translation>가중치 감쇠를 기울기를 거치지 않고 가중치에 바로 적용하는 Adam (Loshchilov와 Hutter, 2017).</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <source>Fraction of each weight removed per step (times the learning rate).</source>
        <translation>단계마다 각 가중치에서 덜어 내는 비율 (학습률을 곱함).</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>퍼셉트론 규칙</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule (1958) for a single layer with a step activation: for each misclassified sample, w ← w + lr·(target − output)·x and b ← b + lr·(target − output). Converges when the classes can be split by a line.</source>
        <translation>계단 활성화 함수를 쓰는 단층에 대한 로젠블랫의 규칙(1958): 틀리게 분류한 샘플마다 w ← w + lr·(정답 − 출력)·x, b ← b + lr·(정답 − 출력). 클래스를 직선으로 나눌 수 있으면 수렴합니다.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Step size of each update. Too large and the loss jumps around or explodes; too small and learning crawls. 0.1 to 0.001 is typical.</source>
        <translation>업데이트마다의 보폭. 너무 크면 손실이 널뛰거나 폭주하고, 너무 작으면 학습이 기어갑니다. 보통 0.1~0.001.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Samples per update. 0 uses the whole training set (batch gradient descent); 1 is stochastic gradient descent; in between, mini-batch.</source>
        <translation>업데이트 한 번에 쓰는 샘플 수. 0은 학습 데이터 전체(배치 경사하강법), 1은 확률적 경사하강법, 그 사이는 미니 배치.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Passes over the training set.</source>
        <translation>학습 데이터를 몇 번 돌지.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>What training minimizes.</source>
        <translation>학습이 최소화하는 것.</translation>
    </message>
    <message>
        <source>Binary cross-entropy for two classes, cross-entropy for more, mean squared error for regression.</source>
        <translation>클래스 둘이면 이진 교차 엔트로피, 더 많으면 교차 엔트로피, 회귀면 평균 제곱 오차.</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>−[y·log p + (1−y)·log(1−p)]: for one output that is the probability of class 1.</source>
        <translation>−[y·log p + (1−y)·log(1−p)]: 클래스 1일 확률을 내는 출력 하나에 씁니다.</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>−log of the probability given to the right class, after a softmax over the outputs.</source>
        <translation>출력에 소프트맥스를 적용한 뒤, 정답 클래스에 준 확률의 −log.</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>Average of (prediction − target)²: the loss for regression.</source>
        <translation>(예측 − 정답)²의 평균: 회귀의 손실 함수.</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1 벌점</translation>
    </message>
    <message>
        <source>Adds this times the sum of |w| to the loss: pushes weights to exactly zero.</source>
        <translation>이 값 × |w|의 합을 손실에 더합니다: 가중치를 정확히 0으로 밉니다.</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2 벌점</translation>
    </message>
    <message>
        <source>Adds this times the sum of w² to the loss: keeps weights small.</source>
        <translation>이 값 × w²의 합을 손실에 더합니다: 가중치를 작게 지킵니다.</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>기울기 클리핑</translation>
    </message>
    <message>
        <source>Rescale the gradient when its total L2 norm exceeds this (0: off). A guard against exploding gradients.</source>
        <translation>기울기 전체의 L2 노름이 이 값을 넘으면 줄입니다 (0: 끔). 기울기 폭주를 막습니다.</translation>
    </message>
    <message>
        <source>Stop at test accuracy</source>
        <translation>테스트 정확도 도달 시 중지</translation>
    </message>
    <message>
        <source>Stop training once the test accuracy reaches this (checked after every epoch; 0: off).</source>
        <translation>테스트 정확도가 이 값에 이르면 학습을 멈춥니다(에포크마다 확인, 0: 끔).</translation>
    </message>
    <message>
        <source>Stop below loss</source>
        <translation>손실이 이보다 작으면 중지</translation>
    </message>
    <message>
        <source>Stop training once the training loss falls below this (checked after every epoch; 0: off).</source>
        <translation>학습 손실이 이 값보다 작아지면 학습을 멈춥니다(에포크마다 확인, 0: 끔).</translation>
    </message>
    <message>
        <source>Stop after epochs without improvement</source>
        <translation>개선 없는 에포크 수 후 중지</translation>
    </message>
    <message>
        <source>Stop when the test loss (the training loss without a test split) has not improved for this many epochs (0: off).</source>
        <translation>테스트 손실(테스트 데이터가 없으면 학습 손실)이 이만큼의 에포크 동안 나아지지 않으면 멈춥니다(0: 끔).</translation>
    </message>
    <message>
        <source>Keep the best weights</source>
        <translation>가장 좋은 가중치 유지</translation>
    </message>
    <message>
        <source>When training ends, go back to the weights of the epoch with the lowest test loss (checked after every epoch).</source>
        <translation>학습이 끝나면 테스트 손실이 가장 낮았던 에포크의 가중치로 되돌립니다(에포크마다 확인).</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Seeds the initial weights, the batch order and dropout: the same seed on the same device gives the same numbers.</source>
        <translation>처음 가중치, 배치 순서, 드롭아웃의 시드: 같은 장치에서 같은 시드는 같은 수를 냅니다.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Where the arithmetic runs.</source>
        <translation>계산이 돌아가는 곳.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>The fastest device present: CUDA, then Apple&apos;s MPS, then the CPU.</source>
        <translation>있는 장치 중 가장 빠른 것: CUDA, 다음은 Apple의 MPS, 다음은 CPU.</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>The processor: always present; fastest for tiny networks.</source>
        <translation>프로세서: 늘 있으며, 아주 작은 신경망에는 가장 빠릅니다.</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>An NVIDIA graphics card through CUDA and cuDNN.</source>
        <translation>CUDA와 cuDNN을 거친 NVIDIA 그래픽 카드.</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <source>The GPU of an Apple silicon Mac through Metal.</source>
        <translation>Metal을 거친 Apple 실리콘 Mac의 GPU.</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <source>How many threads PyTorch uses for each step on the CPU. Automatic (0) chooses from the size of one step: one thread for small networks, where more would only wait for each other (and slow training badly while another program is busy), more for large layers and batches.</source>
        <translation>CPU에서 단계마다 PyTorch가 쓰는 스레드 수. 자동(0)은 한 단계의 크기를 보고 고릅니다: 작은 신경망에는 스레드 하나(더 많으면 서로 기다리기만 하고, 다른 프로그램이 바쁠 때 학습이 크게 느려짐), 큰 층과 배치에는 더 많이.</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>The features of each sample enter here. Its width is the number of input features chosen in the Data panel.</source>
        <translation>각 샘플의 피처가 여기로 들어옵니다. 폭은 데이터 패널에서 고른 입력 피처의 수입니다.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>A fully connected layer: every neuron computes a(w·x + b) over all inputs. Stack them to make a multi-layer perceptron.</source>
        <translation>완전 연결 층: 모든 뉴런이 입력 전체에 대해 a(w·x + b)를 계산합니다. 여러 층 쌓으면 다층 퍼셉트론이 됩니다.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛 수</translation>
    </message>
    <message>
        <source>Number of neurons in this layer (its output width).</source>
        <translation>이 층의 뉴런 수 (출력 폭).</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>The function applied to each neuron&apos;s weighted sum.</source>
        <translation>각 뉴런의 가중치 합에 적용하는 함수입니다.</translation>
    </message>
    <message>
        <source>Linear (none)</source>
        <translation>선형 (없음)</translation>
    </message>
    <message>
        <source>Passes the weighted sum through unchanged. A stack of linear layers is still one linear map, so hidden layers need a nonlinearity to bend decision boundaries.</source>
        <translation>가중치 합을 그대로 내보냅니다. 선형 층을 쌓아도 선형 변환 하나일 뿐이므로, 결정 경계를 굽히려면 은닉층에 비선형 함수가 필요합니다.</translation>
    </message>
    <message>
        <source>Step (Heaviside)</source>
        <translation>계단 (헤비사이드)</translation>
    </message>
    <message>
        <source>The original perceptron&apos;s activation: 1 when the weighted sum is at least 0, else 0. Its slope is zero everywhere, so gradient descent cannot train through it; use the perceptron learning rule.</source>
        <translation>처음 퍼셉트론의 활성화 함수: 가중치 합이 0 이상이면 1, 아니면 0. 기울기가 어디서나 0이라 경사하강법으로는 학습할 수 없으니 퍼셉트론 학습 규칙을 쓰세요.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>Squashes any number into (0, 1). Smooth, but its slope is at most 0.25, so in deep stacks gradients shrink layer by layer (vanishing gradients). Pair with Xavier.</source>
        <translation>어떤 수든 (0, 1) 사이로 누릅니다. 매끄럽지만 기울기가 최대 0.25라서 깊이 쌓으면 층마다 기울기가 줄어듭니다(기울기 소실). Xavier 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Like sigmoid but centred on zero, range (-1, 1); slope at most 1. Pair with Xavier/Glorot initialization.</source>
        <translation>시그모이드와 비슷하지만 0을 중심으로 하며 범위는 (-1, 1), 기울기는 최대 1입니다. Xavier/Glorot 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>max(0, x): slope 1 for positive inputs, so gradients pass without shrinking. The usual default for hidden layers; pair with He initialization. Units stuck below zero stop learning (&apos;dead ReLU&apos;).</source>
        <translation>max(0, x): 양수 입력에서 기울기가 1이라 기울기가 줄지 않고 전달됩니다. 은닉층의 일반적인 기본값이며 He 초기화와 함께 씁니다. 0 아래에 머무는 유닛은 더 배우지 못합니다(죽은 ReLU).</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Like ReLU but with a small slope for negative inputs, so no unit dies completely.</source>
        <translation>ReLU와 같지만 음수 입력에 작은 기울기를 두어 어떤 유닛도 완전히 죽지 않습니다.</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>음수 쪽 기울기</translation>
    </message>
    <message>
        <source>Slope for inputs below zero.</source>
        <translation>0보다 작은 입력의 기울기입니다.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Exponential linear unit: identity for positive inputs, a smooth curve towards -alpha for negative ones; keeps mean activations near zero.</source>
        <translation>지수 선형 유닛: 양수 입력은 그대로, 음수 입력은 -alpha로 다가가는 매끄러운 곡선. 활성값의 평균을 0 근처로 지킵니다.</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>알파</translation>
    </message>
    <message>
        <source>Value approached for very negative inputs.</source>
        <translation>아주 작은(음수) 입력에서 다가가는 값입니다.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Gaussian error linear unit, a smooth ReLU used in transformers.</source>
        <translation>가우스 오차 선형 유닛: 트랜스포머에서 쓰는 매끄러운 ReLU.</translation>
    </message>
    <message>
        <source>SiLU (Swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>x times sigmoid(x): a smooth ReLU-like curve that dips slightly below zero.</source>
        <translation>x 곱하기 sigmoid(x): 0 아래로 살짝 내려가는 매끄러운 ReLU 모양 곡선.</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <source>Turns a vector of scores into probabilities that sum to 1; used on the output of a classifier with more than two classes.</source>
        <translation>점수 벡터를 합이 1인 확률로 바꿉니다. 클래스가 셋 이상인 분류기의 출력에 씁니다.</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>How the weights are drawn before training starts.</source>
        <translation>학습을 시작하기 전에 가중치를 뽑는 방법입니다.</translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation>PyTorch 기본값</translation>
    </message>
    <message>
        <source>What torch.nn.Linear does on its own: uniform in ±1/sqrt(fan_in) (Kaiming uniform with a=sqrt(5)) for weights, the same bound for biases.</source>
        <translation>torch.nn.Linear가 스스로 하는 방식: 가중치는 ±1/sqrt(fan_in) 사이의 균등 분포(a=sqrt(5)인 Kaiming 균등 분포), 편향도 같은 범위.</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot 균등 분포</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio (2010): uniform with variance 2/(fan_in+fan_out), keeping signals the same size through sigmoid and tanh layers.</source>
        <translation>글로럿과 벤지오(2010): 분산이 2/(fan_in+fan_out)인 균등 분포로, 시그모이드와 tanh 층을 지나도 신호의 크기를 유지합니다.</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation>Xavier/Glorot 정규 분포</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio (2010), drawn from a normal distribution with variance 2/(fan_in+fan_out). Good with sigmoid and tanh.</source>
        <translation>글로럿과 벤지오(2010): 분산이 2/(fan_in+fan_out)인 정규 분포에서 뽑습니다. 시그모이드, tanh와 잘 맞습니다.</translation>
    </message>
    <message>
        <source>He/Kaiming uniform</source>
        <translation>He/Kaiming 균등 분포</translation>
    </message>
    <message>
        <source>He et al. (2015): variance 2/fan_in, which makes up for ReLU zeroing half its inputs. The gain follows this layer&apos;s activation.</source>
        <translation>헤 외(2015): 분산 2/fan_in으로, ReLU가 입력의 절반을 0으로 만드는 것을 메웁니다. 이득(gain)은 이 층의 활성화 함수를 따릅니다.</translation>
    </message>
    <message>
        <source>Fan mode</source>
        <translation>팬 기준 (fan_in/fan_out)</translation>
    </message>
    <message>
        <source>fan_in keeps the forward signal&apos;s variance; fan_out keeps the gradients&apos; variance.</source>
        <translation>fan_in은 순전파 신호의 분산을, fan_out은 기울기의 분산을 유지합니다.</translation>
    </message>
    <message>
        <source>fan_in</source>
        <translation>fan_in</translation>
    </message>
    <message>
        <source>Scale by the number of inputs (preserves activations).</source>
        <translation>입력 수로 크기를 맞춥니다 (활성값 유지).</translation>
    </message>
    <message>
        <source>fan_out</source>
        <translation>fan_out</translation>
    </message>
    <message>
        <source>Scale by the number of outputs (preserves gradients).</source>
        <translation>출력 수로 크기를 맞춥니다 (기울기 유지).</translation>
    </message>
    <message>
        <source>He/Kaiming normal</source>
        <translation>He/Kaiming 정규 분포</translation>
    </message>
    <message>
        <source>He et al. (2015), normal distribution with variance 2/fan_in (gain from this layer&apos;s activation). The partner of ReLU.</source>
        <translation>헤 외(2015): 분산 2/fan_in인 정규 분포(이득은 이 층의 활성화 함수에서). ReLU의 짝입니다.</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 정규 분포</translation>
    </message>
    <message>
        <source>Normal with variance 1/fan_in; the partner of SELU-style self-normalizing networks.</source>
        <translation>분산 1/fan_in인 정규 분포. SELU 같은 자기 정규화 신경망의 짝입니다.</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>직교</translation>
    </message>
    <message>
        <source>A random orthogonal matrix (scaled by gain): keeps vector lengths, which helps very deep networks.</source>
        <translation>무작위 직교 행렬(이득을 곱함): 벡터의 길이를 지켜 아주 깊은 신경망에 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>이득</translation>
    </message>
    <message>
        <source>Scale applied to the orthogonal matrix.</source>
        <translation>직교 행렬에 곱하는 배율입니다.</translation>
    </message>
    <message>
        <source>Normal(mean, std)</source>
        <translation>정규 분포(평균, 표준편차)</translation>
    </message>
    <message>
        <source>Every weight drawn from a normal distribution. Too small a std makes gradients vanish in deep networks; too large makes them explode.</source>
        <translation>모든 가중치를 정규 분포에서 뽑습니다. 표준편차가 너무 작으면 깊은 신경망에서 기울기가 소실되고, 너무 크면 폭주합니다.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Centre of the distribution.</source>
        <translation>분포의 중심입니다.</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>Spread of the distribution.</source>
        <translation>분포의 퍼짐입니다.</translation>
    </message>
    <message>
        <source>Uniform(a, b)</source>
        <translation>균등 분포(a, b)</translation>
    </message>
    <message>
        <source>Every weight drawn uniformly between a and b.</source>
        <translation>모든 가중치를 a와 b 사이에서 고르게 뽑습니다.</translation>
    </message>
    <message>
        <source>Low (a)</source>
        <translation>아래 (a)</translation>
    </message>
    <message>
        <source>Smallest value.</source>
        <translation>가장 작은 값입니다.</translation>
    </message>
    <message>
        <source>High (b)</source>
        <translation>위 (b)</translation>
    </message>
    <message>
        <source>Largest value.</source>
        <translation>가장 큰 값입니다.</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>0</translation>
    </message>
    <message>
        <source>All zero. For biases this is the usual choice; for weights it makes every unit of a layer identical forever (no symmetry breaking).</source>
        <translation>모두 0. 편향에는 보통 이것을 쓰지만, 가중치에 쓰면 한 층의 모든 유닛이 영원히 똑같아집니다(대칭이 깨지지 않음).</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>Every value the same constant.</source>
        <translation>모든 값을 같은 상수로 둡니다.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>The constant.</source>
        <translation>상수 값입니다.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>Add a learnable bias b to each neuron: y = a(w·x + b). Without it every decision line passes through the origin.</source>
        <translation>뉴런마다 학습되는 편향 b를 더합니다: y = a(w·x + b). 편향이 없으면 모든 결정 경계 직선이 원점을 지납니다.</translation>
    </message>
    <message>
        <source>Bias initializer</source>
        <translation>편향 초기화</translation>
    </message>
    <message>
        <source>How the biases are set before training starts.</source>
        <translation>학습을 시작하기 전에 편향을 정하는 방법입니다.</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Normalize the weighted sums before the activation.</source>
        <translation>활성화 함수 전에 가중치 합을 정규화합니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No normalization.</source>
        <translation>정규화하지 않습니다.</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Ioffe &amp; Szegedy (2015): before the activation, rescale each feature to mean 0 and variance 1 over the mini-batch, then learn a scale and shift. Keeps deep networks trainable; wants batches that are not too small.</source>
        <translation>Ioffe와 Szegedy(2015): 활성화 함수 전에 각 피처를 미니 배치에 걸쳐 평균 0, 분산 1로 맞춘 뒤 배율과 이동을 학습합니다. 깊은 신경망을 학습할 수 있게 지켜 주며, 너무 작지 않은 배치가 필요합니다.</translation>
    </message>
    <message>
        <source>Layer norm</source>
        <translation>층 정규화</translation>
    </message>
    <message>
        <source>Ba et al. (2016): normalize each sample over its own features, so it does not depend on the batch; works with batch size 1 and in recurrent networks.</source>
        <translation>Ba 외(2016): 각 샘플을 자기 피처들에 걸쳐 정규화하므로 배치와 상관없습니다. 배치 크기 1이나 순환 신경망에서도 동작합니다.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>During training, zero each output with this probability (and scale the rest up), so the network cannot rely on any single unit.</source>
        <translation>학습 중에 각 출력을 이 확률로 0으로 만들어(나머지는 그만큼 키움) 신경망이 어느 한 유닛에 기대지 못하게 합니다.</translation>
    </message>
    <message>
        <source>Applies a function to each value on its own, with no weights.</source>
        <translation>가중치 없이 각 값에 함수를 따로 적용합니다.</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>Normalizes each feature over the mini-batch to mean 0 and variance 1, then learns a scale and shift. Helps deep networks train.</source>
        <translation>각 피처를 미니 배치에 걸쳐 평균 0, 분산 1로 정규화한 뒤 배율과 이동을 학습합니다. 깊은 신경망의 학습을 돕습니다.</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>엡실론</translation>
    </message>
    <message>
        <source>Added to the variance before dividing, for stability.</source>
        <translation>안정성을 위해 나누기 전에 분산에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>How fast the running mean and variance used at test time follow the batches.</source>
        <translation>평가 때 쓰는 이동 평균과 분산이 배치를 얼마나 빨리 따라가는지입니다.</translation>
    </message>
    <message>
        <source>LayerNorm</source>
        <translation>LayerNorm</translation>
    </message>
    <message>
        <source>Normalizes each sample over its own features; independent of the batch size.</source>
        <translation>각 샘플을 자기 피처들에 걸쳐 정규화합니다. 배치 크기와 상관없습니다.</translation>
    </message>
    <message>
        <source>Zeroes random values during training so the network learns redundant features; does nothing at test time.</source>
        <translation>학습 중에 무작위로 값을 0으로 만들어 신경망이 여분의 피처를 배우게 합니다. 평가 때는 아무것도 하지 않습니다.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Adds its inputs element by element; they must have the same width. With a skip connection this makes a residual block, which lets gradients bypass deep stacks.</source>
        <translation>입력들을 원소별로 더합니다. 폭이 같아야 합니다. 건너뛰는 연결과 함께 쓰면 잔차 블록이 되어 기울기가 깊은 층을 우회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Concat</source>
        <translation>Concat</translation>
    </message>
    <message>
        <source>Joins its inputs side by side; the output width is the sum of theirs.</source>
        <translation>입력들을 나란히 이어 붙입니다. 출력 폭은 입력 폭의 합입니다.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>The prediction. Its width and activation follow the task (one sigmoid unit for two classes, softmax over K classes, a linear unit for regression) unless you choose a head yourself.</source>
        <translation>예측값입니다. 출력 방식을 직접 고르지 않으면 폭과 활성화 함수가 과제를 따릅니다(클래스 둘이면 시그모이드 유닛 하나, K개면 소프트맥스, 회귀면 선형 유닛 하나).</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>출력 방식</translation>
    </message>
    <message>
        <source>Output activation and matching loss.</source>
        <translation>출력의 활성화 함수와 그에 맞는 손실 함수입니다.</translation>
    </message>
    <message>
        <source>From the task</source>
        <translation>과제에 따라</translation>
    </message>
    <message>
        <source>Sigmoid with binary cross-entropy for two classes, softmax with cross-entropy for more, linear with mean squared error for regression.</source>
        <translation>클래스 둘이면 시그모이드와 이진 교차 엔트로피, 더 많으면 소프트맥스와 교차 엔트로피, 회귀면 선형과 평균 제곱 오차.</translation>
    </message>
    <message>
        <source>Sigmoid (two classes)</source>
        <translation>시그모이드 (클래스 둘)</translation>
    </message>
    <message>
        <source>One output unit squashed to a probability.</source>
        <translation>확률로 눌러 담은 출력 유닛 하나.</translation>
    </message>
    <message>
        <source>Softmax (K classes)</source>
        <translation>소프트맥스 (클래스 K개)</translation>
    </message>
    <message>
        <source>One output per class, turned into probabilities.</source>
        <translation>클래스마다 출력 하나, 확률로 바꿈.</translation>
    </message>
    <message>
        <source>Linear (regression)</source>
        <translation>선형 (회귀)</translation>
    </message>
    <message>
        <source>The raw weighted sum, compared to the target by squared error.</source>
        <translation>가중치 합 그대로, 정답과 제곱 오차로 비교.</translation>
    </message>
    <message>
        <source>Step (perceptron)</source>
        <translation>계단 (퍼셉트론)</translation>
    </message>
    <message>
        <source>Outputs 0 or 1 as Rosenblatt&apos;s perceptron does; trains only with the perceptron rule.</source>
        <translation>로젠블랫의 퍼셉트론처럼 0 또는 1을 냅니다. 퍼셉트론 규칙으로만 학습합니다.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>What the network learns from.</source>
        <translation>신경망이 배우는 데이터입니다.</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>AND 게이트</translation>
    </message>
    <message>
        <source>Output 1 only when both inputs are 1. One line separates the classes, so a single perceptron learns it.</source>
        <translation>두 입력이 모두 1일 때만 1. 직선 하나로 클래스가 나뉘므로 퍼셉트론 하나가 배웁니다.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>How many copies of the four rows of the truth table to train on (useful with noise).</source>
        <translation>진리표의 네 행을 몇 벌 복사해 학습할지 (잡음과 함께 쓰면 유용).</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>OR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when either input is 1. Linearly separable: one perceptron suffices.</source>
        <translation>입력 중 하나라도 1이면 1. 선형 분리 가능: 퍼셉트론 하나로 충분합니다.</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>NAND 게이트</translation>
    </message>
    <message>
        <source>NOT AND: output 0 only when both inputs are 1. Linearly separable.</source>
        <translation>NOT AND: 두 입력이 모두 1일 때만 0. 선형 분리 가능.</translation>
    </message>
    <message>
        <source>NOR gate</source>
        <translation>NOR 게이트</translation>
    </message>
    <message>
        <source>NOT OR: output 1 only when both inputs are 0. Linearly separable.</source>
        <translation>NOT OR: 두 입력이 모두 0일 때만 1. 선형 분리 가능.</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>XOR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when the inputs differ. No single line separates the classes, so one perceptron fails; XOR = AND(OR, NAND) needs a hidden layer.</source>
        <translation>두 입력이 다르면 1. 직선 하나로는 클래스를 나눌 수 없어 퍼셉트론 하나로는 실패합니다. XOR = AND(OR, NAND)에는 은닉층이 필요합니다.</translation>
    </message>
    <message>
        <source>XNOR gate</source>
        <translation>XNOR 게이트</translation>
    </message>
    <message>
        <source>Output 1 when the inputs are equal; like XOR it needs a hidden layer.</source>
        <translation>두 입력이 같으면 1. XOR처럼 은닉층이 필요합니다.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>Class 1 inside a circle, class 0 in a ring around it. A line cannot split them; x1² and x2² features or a hidden layer can.</source>
        <translation>원 안은 클래스 1, 둘레의 고리는 클래스 0. 직선으로는 나눌 수 없지만 x1², x2² 피처나 은닉층으로는 나눌 수 있습니다.</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>XOR 사분면</translation>
    </message>
    <message>
        <source>Points labelled by the sign of x1·x2: the XOR pattern on a plane.</source>
        <translation>x1·x2의 부호로 이름 붙인 점들: 평면 위의 XOR 무늬.</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>가우스 분포 두 개</translation>
    </message>
    <message>
        <source>Two blobs of points; linearly separable when the noise is low.</source>
        <translation>점 덩어리 두 개. 잡음이 작으면 선형 분리 가능.</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>초승달</translation>
    </message>
    <message>
        <source>Two interleaving half circles.</source>
        <translation>서로 맞물린 반원 두 개.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>Arms of points winding around the centre, one class per arm: hard for shallow networks.</source>
        <translation>중심을 감아 도는 점들의 팔, 팔마다 클래스 하나: 얕은 신경망에는 어렵습니다.</translation>
    </message>
    <message>
        <source>Arms (classes)</source>
        <translation>팔 (클래스)</translation>
    </message>
    <message>
        <source>Number of spiral arms; each is a class.</source>
        <translation>나선 팔의 수. 팔마다 클래스 하나입니다.</translation>
    </message>
    <message>
        <source>Regression: plane</source>
        <translation>회귀: 평면</translation>
    </message>
    <message>
        <source>The target is a tilted plane over (x1, x2).</source>
        <translation>정답이 (x1, x2) 위의 기울어진 평면입니다.</translation>
    </message>
    <message>
        <source>Regression: Gaussians</source>
        <translation>회귀: 가우스 분포</translation>
    </message>
    <message>
        <source>The target is a sum of Gaussian bumps over the plane.</source>
        <translation>정답이 평면 위 가우스 언덕들의 합입니다.</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>직접 그린 점</translation>
    </message>
    <message>
        <source>Your own points, drawn with the mouse on the Decision boundary plot: click adds a point of the chosen class, drag erases.</source>
        <translation>결정 경계 그래프에 마우스로 직접 그린 점: 클릭하면 고른 클래스의 점을 더하고, 끌면 지웁니다.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>The points drawn on the plane: [x1, x2, class] for classes, [x1, x2, target] for regression. Draw them on the Decision boundary plot (Draw mode).</source>
        <translation>평면에 그린 점: 분류는 [x1, x2, 클래스], 회귀는 [x1, x2, 정답 값]. 결정 경계 그래프에서 그립니다 (그리기 모드).</translation>
    </message>
    <message>
        <source>Drawn points: regression</source>
        <translation>직접 그린 점: 회귀</translation>
    </message>
    <message>
        <source>Your own points, drawn with the mouse on the Decision boundary plot, each with a target value to predict.</source>
        <translation>결정 경계 그래프에 마우스로 직접 그린 점. 점마다 예측할 정답 값이 있습니다.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>Columns from a CSV file (commas, semicolons or tabs); one column is the target. Text columns become one input per category; text targets are class names.</source>
        <translation>CSV 파일의 열(쉼표, 세미콜론 또는 탭 구분). 한 열이 목표값입니다. 텍스트 열은 범주마다 입력 하나가 되고, 텍스트 목표값은 클래스 이름이 됩니다.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>읽을 CSV 파일입니다.</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>정답 열</translation>
    </message>
    <message>
        <source>Name (with a header) or 1-based number of the column to predict; empty means the last column.</source>
        <translation>예측할 열의 이름(머리글이 있을 때) 또는 1부터 센 번호. 비워 두면 마지막 열입니다.</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>머리글 행</translation>
    </message>
    <message>
        <source>Whether the first row holds column names.</source>
        <translation>첫 행이 열 이름인지 여부.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Column names when the first row holds text over columns of numbers.</source>
        <translation>숫자 열 위 첫 행이 텍스트이면 열 이름으로 봅니다.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>The first row holds column names.</source>
        <translation>첫 행에 열 이름이 있습니다.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>The first row is data.</source>
        <translation>첫 행도 데이터입니다.</translation>
    </message>
    <message>
        <source>Skip rows</source>
        <translation>건너뛸 행</translation>
    </message>
    <message>
        <source>Rows to skip at the top of the file (a title or counts before the data). A first row of counts or of another width is skipped on its own.</source>
        <translation>파일 맨 위에서 건너뛸 행 수(데이터 앞의 제목이나 개수). 개수만 있거나 폭이 다른 첫 행은 저절로 건너뜁니다.</translation>
    </message>
    <message>
        <source>Drop rows with missing values</source>
        <translation>결측값이 있는 행 버리기</translation>
    </message>
    <message>
        <source>Drop rows with an empty, NA, NaN, null or ? cell instead of stopping at the first one.</source>
        <translation>빈 칸, NA, NaN, null, ? 칸이 있는 행을 처음 만난 곳에서 멈추지 않고 버립니다.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Predict classes or numbers.</source>
        <translation>클래스를 예측할지, 수를 예측할지.</translation>
    </message>
    <message>
        <source>Classes when the target holds text or a few different whole numbers, else regression.</source>
        <translation>목표값이 텍스트이거나 서로 다른 정수 몇 개이면 분류, 아니면 회귀.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>The target holds class labels.</source>
        <translation>정답이 클래스 이름입니다.</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>The target is a number to predict.</source>
        <translation>정답이 예측할 수입니다.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>How many points to draw (toy sets; gates use their truth table times Repeats).</source>
        <translation>점을 몇 개 뽑을지 (예제용 데이터셋. 게이트는 진리표 × 반복).</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise added to the inputs (toy sets: relative to their scale).</source>
        <translation>입력에 더하는 가우스 잡음의 표준편차 (예제용 데이터셋: 그 크기에 비례).</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>학습 비율</translation>
    </message>
    <message>
        <source>Fraction of samples used for training; the rest tests how well the network generalizes. Gates train and test on the whole truth table.</source>
        <translation>학습에 쓰는 샘플의 비율. 나머지로 신경망이 얼마나 일반화하는지 평가합니다. 게이트는 진리표 전체로 학습하고 평가합니다.</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>입력 피처</translation>
    </message>
    <message>
        <source>What the Input layer sees, made from the two coordinates (as in TensorFlow Playground).</source>
        <translation>입력 층이 보는 것으로, 두 좌표로 만듭니다 (TensorFlow Playground처럼).</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>Shift and scale each input feature to mean 0 and variance 1, using statistics of the training split only.</source>
        <translation>학습 데이터의 통계만 써서 각 입력 피처를 평균 0, 분산 1로 옮기고 늘입니다.</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>데이터 시드</translation>
    </message>
    <message>
        <source>The same seed draws the same points.</source>
        <translation>같은 시드는 같은 점을 뽑습니다.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>최적화 기법</translation>
    </message>
    <message>
        <source>How the gradients turn into weight updates.</source>
        <translation>기울기를 가중치 업데이트로 바꾸는 방법입니다.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Plain gradient descent: w ← w − lr·∂loss/∂w. With the whole training set per step it is batch gradient descent; with mini-batches, stochastic (mini-batch) gradient descent; with batch size 1, pure SGD.</source>
        <translation>기본 경사하강법: w ← w − lr·∂손실/∂w. 단계마다 학습 데이터 전체를 쓰면 배치 경사하강법, 미니 배치를 쓰면 확률적(미니 배치) 경사하강법, 배치 크기 1이면 순수한 SGD입니다.</translation>
    </message>
    <message>
        <source>Gradient descent with momentum: updates keep part of their last direction, which damps zig-zags and speeds progress.</source>
        <translation>모멘텀 경사하강법: 업데이트가 직전 방향의 일부를 유지해(관성) 지그재그를 줄이고 빨리 나아갑니다.</translation>
    </message>
    <message>
        <source>Fraction of the last update carried into the next: a heavy ball that rolls through small bumps and speeds up along valleys.</source>
        <translation>직전 업데이트 중 다음으로 넘어가는 비율: 작은 턱은 굴러 넘고 골짜기를 따라 빨라지는 무거운 공.</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: the gradient is taken where the momentum is about to carry the weights.</source>
        <translation>앞을 내다보는 모멘텀: 모멘텀이 가중치를 데려갈 곳에서 기울기를 구합니다.</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>Gives each weight its own learning rate, shrinking it for weights that have had large gradients. Good for sparse features; the rate only ever decreases.</source>
        <translation>가중치마다 학습률을 따로 두고, 기울기가 컸던 가중치는 학습률을 줄입니다. 희소한 피처에 좋지만 학습률이 줄기만 합니다.</translation>
    </message>
    <message>
        <source>Added to the denominator.</source>
        <translation>분모에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Like AdaGrad but with a decaying average of squared gradients, so the learning rate does not fade away.</source>
        <translation>AdaGrad와 비슷하지만 제곱 기울기의 감쇠 평균을 써서 학습률이 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>Alpha (decay)</source>
        <translation>알파 (감쇠)</translation>
    </message>
    <message>
        <source>Decay of the squared-gradient average.</source>
        <translation>제곱 기울기 평균의 감쇠율입니다.</translation>
    </message>
    <message>
        <source>Optional momentum.</source>
        <translation>선택할 수 있는 모멘텀입니다.</translation>
    </message>
    <message>
        <source>Tiny number added to the denominator to avoid dividing by zero.</source>
        <translation>0으로 나누지 않도록 분모에 더하는 아주 작은 수입니다.</translation>
    </message>
    <message>
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <source>An extension of AdaGrad that scales steps by the ratio of recent update sizes to recent gradient sizes; works with learning rate 1.</source>
        <translation>최근 업데이트 크기와 최근 기울기 크기의 비로 보폭을 정하는 AdaGrad의 확장. 학습률 1로 동작합니다.</translation>
    </message>
    <message>
        <source>Rho (decay)</source>
        <translation>로 (감쇠)</translation>
    </message>
    <message>
        <source>Decay of the running averages.</source>
        <translation>이동 평균의 감쇠율입니다.</translation>
    </message>
    <message>
        <source>Added to the denominators.</source>
        <translation>분모들에 더하는 값입니다.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Momentum plus RMSProp with bias correction (Kingma &amp; Ba, 2014): the usual first choice, robust to the learning rate.</source>
        <translation>모멘텀과 RMSProp을 합치고 편향을 보정한 방법(Kingma와 Ba, 2014): 보통 처음 고르는 것으로, 학습률에 덜 민감합니다.</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>베타 1</translation>
    </message>
    <message>
        <source>Decay of the running mean of gradients (momentum).</source>
        <translation>기울기 이동 평균의 감쇠율 (모멘텀).</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>베타 2</translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients.</source>
        <translation>제곱 기울기 이동 평균의 감쇠율.</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Adam with weight decay applied directly to the weights rather than through the gradient (Loshchilov &amp; Hutter, 2017).</source>
        <translation>가중치 감쇠를 기울기를 거치지 않고 가중치에 바로 적용하는 Adam (Loshchilov와 Hutter, 2017).</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <source>Fraction of each weight removed per step (times the learning rate).</source>
        <translation>단계마다 각 가중치에서 덜어 내는 비율 (학습률을 곱함).</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>퍼셉트론 규칙</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule (1958) for a single layer with a step activation: for each misclassified sample, w ← w + lr·(target − output)·x and b ← b + lr·(target − output). Converges when the classes can be split by a line.</source>
        <translation>계단 활성화 함수를 쓰는 단층에 대한 로젠블랫의 규칙(1958): 틀리게 분류한 샘플마다 w ← w + lr·(정답 − 출력)·x, b ← b + lr·(정답 − 출력). 클래스를 직선으로 나눌 수 있으면 수렴합니다.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Step size of each update. Too large and the loss jumps around or explodes; too small and learning crawls. 0.1 to 0.001 is typical.</source>
        <translation>업데이트마다의 보폭. 너무 크면 손실이 널뛰거나 폭주하고, 너무 작으면 학습이 기어갑니다. 보통 0.1~0.001.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Samples per update. 0 uses the whole training set (batch gradient descent); 1 is stochastic gradient descent; in between, mini-batch.</source>
        <translation>업데이트 한 번에 쓰는 샘플 수. 0은 학습 데이터 전체(배치 경사하강법), 1은 확률적 경사하강법, 그 사이는 미니 배치.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Passes over the training set.</source>
        <translation>학습 데이터를 몇 번 돌지.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>What training minimizes.</source>
        <translation>학습이 최소화하는 것.</translation>
    </message>
    <message>
        <source>Binary cross-entropy for two classes, cross-entropy for more, mean squared error for regression.</source>
        <translation>클래스 둘이면 이진 교차 엔트로피, 더 많으면 교차 엔트로피, 회귀면 평균 제곱 오차.</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>−[y·log p + (1−y)·log(1−p)]: for one output that is the probability of class 1.</source>
        <translation>−[y·log p + (1−y)·log(1−p)]: 클래스 1일 확률을 내는 출력 하나에 씁니다.</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>−log of the probability given to the right class, after a softmax over the outputs.</source>
        <translation>출력에 소프트맥스를 적용한 뒤, 정답 클래스에 준 확률의 −log.</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>Average of (prediction − target)²: the loss for regression.</source>
        <translation>(예측 − 정답)²의 평균: 회귀의 손실 함수.</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1 벌점</translation>
    </message>
    <message>
        <source>Adds this times the sum of |w| to the loss: pushes weights to exactly zero.</source>
        <translation>이 값 × |w|의 합을 손실에 더합니다: 가중치를 정확히 0으로 밉니다.</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2 벌점</translation>
    </message>
    <message>
        <source>Adds this times the sum of w² to the loss: keeps weights small.</source>
        <translation>이 값 × w²의 합을 손실에 더합니다: 가중치를 작게 지킵니다.</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>기울기 클리핑</translation>
    </message>
    <message>
        <source>Rescale the gradient when its total L2 norm exceeds this (0: off). A guard against exploding gradients.</source>
        <translation>기울기 전체의 L2 노름이 이 값을 넘으면 줄입니다 (0: 끔). 기울기 폭주를 막습니다.</translation>
    </message>
    <message>
        <source>Stop at test accuracy</source>
        <translation>테스트 정확도 도달 시 중지</translation>
    </message>
    <message>
        <source>Stop training once the test accuracy reaches this (checked after every epoch; 0: off).</source>
        <translation>테스트 정확도가 이 값에 이르면 학습을 멈춥니다(에포크마다 확인, 0: 끔).</translation>
    </message>
    <message>
        <source>Stop below loss</source>
        <translation>손실이 이보다 작으면 중지</translation>
    </message>
    <message>
        <source>Stop training once the training loss falls below this (checked after every epoch; 0: off).</source>
        <translation>학습 손실이 이 값보다 작아지면 학습을 멈춥니다(에포크마다 확인, 0: 끔).</translation>
    </message>
    <message>
        <source>Stop after epochs without improvement</source>
        <translation>개선 없는 에포크 수 후 중지</translation>
    </message>
    <message>
        <source>Stop when the test loss (the training loss without a test split) has not improved for this many epochs (0: off).</source>
        <translation>테스트 손실(테스트 데이터가 없으면 학습 손실)이 이만큼의 에포크 동안 나아지지 않으면 멈춥니다(0: 끔).</translation>
    </message>
    <message>
        <source>Keep the best weights</source>
        <translation>가장 좋은 가중치 유지</translation>
    </message>
    <message>
        <source>When training ends, go back to the weights of the epoch with the lowest test loss (checked after every epoch).</source>
        <translation>학습이 끝나면 테스트 손실이 가장 낮았던 에포크의 가중치로 되돌립니다(에포크마다 확인).</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Seeds the initial weights, the batch order and dropout: the same seed on the same device gives the same numbers.</source>
        <translation>처음 가중치, 배치 순서, 드롭아웃의 시드: 같은 장치에서 같은 시드는 같은 수를 냅니다.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Where the arithmetic runs.</source>
        <translation>계산이 돌아가는 곳.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>The fastest device present: CUDA, then Apple&apos;s MPS, then the CPU.</source>
        <translation>있는 장치 중 가장 빠른 것: CUDA, 다음은 Apple의 MPS, 다음은 CPU.</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>The processor: always present; fastest for tiny networks.</source>
        <translation>프로세서: 늘 있으며, 아주 작은 신경망에는 가장 빠릅니다.</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>An NVIDIA graphics card through CUDA and cuDNN.</source>
        <translation>CUDA와 cuDNN을 거친 NVIDIA 그래픽 카드.</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <source>The GPU of an Apple silicon Mac through Metal.</source>
        <translation>Metal을 거친 Apple 실리콘 Mac의 GPU.</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <source>How many threads PyTorch uses for each step on the CPU. Automatic (0) chooses from the size of one step: one thread for small networks, where more would only wait for each other (and slow training badly while another program is busy), more for large layers and batches.</source>
        <translation>CPU에서 단계마다 PyTorch가 쓰는 스레드 수. 자동(0)은 한 단계의 크기를 보고 고릅니다: 작은 신경망에는 스레드 하나(더 많으면 서로 기다리기만 하고, 다른 프로그램이 바쁠 때 학습이 크게 느려짐), 큰 층과 배치에는 더 많이.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>This network is too big to train here: it has {parameters} parameters and needs about {needed} of memory, but guinet may use {budget} (half of this computer&apos;s memory), enough for about {fits} parameters. The widest layer is {layer} with {units} units. Use fewer units or fewer layers.</source>
        <translation>이 신경망은 여기서 학습하기에 너무 큽니다: 매개변수가 {parameters}개이고 메모리가 약 {needed} 필요하지만, guinet이 쓸 수 있는 메모리는 {budget}(이 컴퓨터 메모리의 절반)로 매개변수 약 {fits}개까지입니다. 가장 넓은 층은 유닛이 {units}개인 {layer}입니다. 유닛이나 층을 줄이세요.</translation>
    </message>
    <message>
        <source>This network is too big to train here: it has {parameters} parameters and needs about {needed} of memory, but guinet may use {budget} (half of this computer&apos;s memory), enough for about {fits} parameters. Use fewer units or fewer layers.</source>
        <translation>이 신경망은 여기서 학습하기에 너무 큽니다: 매개변수가 {parameters}개이고 메모리가 약 {needed} 필요하지만, guinet이 쓸 수 있는 메모리는 {budget}(이 컴퓨터 메모리의 절반)로 매개변수 약 {fits}개까지입니다. 유닛이나 층을 줄이세요.</translation>
    </message>
    <message>
        <source>The network has no Input layer. Drag one from the palette onto the canvas.</source>
        <translation>신경망에 입력 층이 없습니다. 층 패널에서 캔버스로 끌어 오세요.</translation>
    </message>
    <message>
        <source>The network has no Output layer. Drag one from the palette and connect the last layer to it.</source>
        <translation>신경망에 출력 층이 없습니다. 층 패널에서 끌어 와 마지막 층을 연결하세요.</translation>
    </message>
    <message>
        <source>A network has one {layer} layer. Delete this one.</source>
        <translation>신경망에는 {layer} 층이 하나만 있습니다. 이것을 지우세요.</translation>
    </message>
    <message>
        <source>The perceptron rule trains a step head, not a {head} head. Set the Output layer&apos;s head to Step or &apos;From the task&apos;, or choose a gradient-based optimizer.</source>
        <translation>퍼셉트론 규칙은 {head} 출력 방식이 아니라 계단 출력 방식을 학습시킵니다. 출력 층의 출력 방식을 &apos;계단 (퍼셉트론)&apos;이나 &apos;과제에 따라&apos;로 바꾸거나, 경사 기반 최적화 기법을 고르세요.</translation>
    </message>
    <message>
        <source>The perceptron rule has its own error measure (the share of misclassified samples), so it uses no loss. Set the loss to &apos;From the task&apos;.</source>
        <translation>퍼셉트론 규칙은 자기 오차 척도(틀리게 분류한 샘플의 비율)를 쓰므로 손실 함수를 쓰지 않습니다. 손실을 &apos;과제에 따라&apos;로 바꾸세요.</translation>
    </message>
    <message>
        <source>{layer}&apos;s output goes nowhere. Connect it onward towards the Output layer, or delete it.</source>
        <translation>{layer}의 출력이 아무 데도 가지 않습니다. 출력 층 쪽으로 이어 주거나 지우세요.</translation>
    </message>
    <message>
        <source>No path leads from the Input layer to the Output layer. Connect them.</source>
        <translation>입력 층에서 출력 층으로 가는 길이 없습니다. 이어 주세요.</translation>
    </message>
    <message>
        <source>{layer} uses the step activation, whose slope is zero everywhere, so no gradient can flow through it. Choose sigmoid, tanh or ReLU, or train a single layer with the perceptron rule.</source>
        <translation>{layer}이(가) 계단 활성화 함수를 씁니다. 기울기가 어디서나 0이라 기울기가 지나갈 수 없습니다. 시그모이드, tanh, ReLU를 고르거나, 단층을 퍼셉트론 규칙으로 학습시키세요.</translation>
    </message>
    <message>
        <source>The step head trains only with the perceptron rule. Choose the Perceptron rule optimizer, or a sigmoid or auto head.</source>
        <translation>계단 출력 방식은 퍼셉트론 규칙으로만 학습합니다. 최적화 기법을 &apos;퍼셉트론 규칙&apos;으로 고르거나, 출력 방식을 시그모이드나 &apos;과제에 따라&apos;로 바꾸세요.</translation>
    </message>
    <message>
        <source>The {head} head predicts classes but the data asks for numbers. Choose the linear or auto head.</source>
        <translation>{head} 출력 방식은 클래스를 예측하는데 데이터는 수를 요구합니다. 출력 방식을 선형이나 &apos;과제에 따라&apos;로 바꾸세요.</translation>
    </message>
    <message>
        <source>The perceptron rule learns two classes only. Choose another optimizer or dataset.</source>
        <translation>퍼셉트론 규칙은 클래스 두 개만 배웁니다. 다른 최적화 기법이나 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <source>The perceptron rule trains a single layer: connect Input straight to Output, or choose a gradient-based optimizer such as SGD or Adam.</source>
        <translation>퍼셉트론 규칙은 단층만 학습시킵니다: 입력을 출력에 바로 잇거나, SGD나 Adam 같은 경사 기반 최적화 기법을 고르세요.</translation>
    </message>
    <message>
        <source>The {loss} loss does not fit the {head} head. Set the loss to &apos;From the task&apos;.</source>
        <translation>{loss} 손실은 {head} 출력 방식에 맞지 않습니다. 손실을 &apos;과제에 따라&apos;로 바꾸세요.</translation>
    </message>
    <message>
        <source>Unknown optimizer {name}.</source>
        <translation>알 수 없는 최적화 기법 {name}.</translation>
    </message>
    <message>
        <source>{layer} uses batch normalization, which needs at least 2 samples per batch. Set the batch size to 0 (the whole set) or 2 or more, or use layer normalization instead.</source>
        <translation>{layer}이(가) 배치 정규화를 쓰는데, 배치마다 샘플이 적어도 2개 필요합니다. 배치 크기를 0(전체)이나 2 이상으로 정하거나, 대신 층 정규화를 쓰세요.</translation>
    </message>
    <message>
        <source>{error}. Set a value in the allowed range.</source>
        <translation>{error}. 허용 범위 안의 값으로 정하세요.</translation>
    </message>
    <message>
        <source>This layer is part of a cycle ({error}). Remove one of the connections in the loop.</source>
        <translation>이 층은 순환 고리의 일부입니다 ({error}). 고리의 연결 하나를 지우세요.</translation>
    </message>
    <message>
        <source>{layer} takes no input but has {n}. Remove the connections into it.</source>
        <translation>{layer}은(는) 입력을 받지 않는데 {n}개가 있습니다. 들어오는 연결을 지우세요.</translation>
    </message>
    <message>
        <source>{layer} takes one input but has {n}. Remove the extra connections or join them with an Add or Concat layer.</source>
        <translation>{layer}은(는) 입력을 하나 받는데 {n}개가 있습니다. 남는 연결을 지우거나 Add 또는 Concat 층으로 합치세요.</translation>
    </message>
    <message>
        <source>{layer} takes {max} inputs but has {n}. Remove the extra connections or join them with an Add or Concat layer.</source>
        <translation>{layer}은(는) 입력을 {max}개 받는데 {n}개가 있습니다. 남는 연결을 지우거나 Add 또는 Concat 층으로 합치세요.</translation>
    </message>
    <message>
        <source>Add needs inputs of equal width but gets {listed}. Change the units so they match, or use Concat.</source>
        <translation>Add에는 폭이 같은 입력이 필요한데 {listed}이(가) 들어옵니다. 유닛 수를 맞추거나 Concat을 쓰세요.</translation>
    </message>
    <message>
        <source>A sigmoid head separates two classes but the data has {n}. Choose the softmax or auto head.</source>
        <translation>시그모이드 출력 방식은 클래스 두 개를 나누는데 데이터에는 {n}개가 있습니다. 출력 방식을 소프트맥스나 &apos;과제에 따라&apos;로 바꾸세요.</translation>
    </message>
    <message>
        <source>A linear head predicts numbers but the data has classes. Choose the auto, sigmoid or softmax head.</source>
        <translation>선형 출력 방식은 수를 예측하는데 데이터에는 클래스가 있습니다. 출력 방식을 &apos;과제에 따라&apos;, 시그모이드, 소프트맥스 중에서 고르세요.</translation>
    </message>
    <message>
        <source>A perceptron separates two classes but the data has {n}.</source>
        <translation>퍼셉트론은 클래스 두 개를 나누는데 데이터에는 {n}개가 있습니다.</translation>
    </message>
    <message>
        <source>{layer} uses batch normalization, which needs at least 2 samples per batch, but the training split has {n}. Use more samples or a larger training share, or layer normalization instead.</source>
        <translation>{layer}이(가) 배치 정규화를 쓰는데, 배치마다 샘플이 적어도 2개 필요하지만 학습 데이터에는 {n}개뿐입니다. 샘플을 늘리거나 학습 비율을 키우거나, 대신 층 정규화를 쓰세요.</translation>
    </message>
    <message>
        <source>{layer} is not connected to anything that feeds it. Drag a connection from another layer&apos;s output port to its input port, or delete it.</source>
        <translation>{layer}에 값을 넣어 주는 연결이 없습니다. 다른 층의 출력 포트에서 이 층의 입력 포트로 연결을 끌어 오거나, 지우세요.</translation>
    </message>
    <message>
        <source>{layer} combines several inputs but has only {n}. Connect at least {min}.</source>
        <translation>{layer}은(는) 여러 입력을 합치는데 {n}개뿐입니다. 적어도 {min}개를 연결하세요.</translation>
    </message>
    <message>
        <source>{layer} is not reached from the Input layer. Connect it to the network&apos;s path from Input to Output.</source>
        <translation>{layer}은(는) 입력 층에서 닿지 않습니다. 입력에서 출력으로 가는 신경망의 길에 이어 주세요.</translation>
    </message>
</context>
<context>
    <name>stepper</name>
    <message>
        <source>This layer has no bias.</source>
        <translation>이 층에는 편향이 없습니다.</translation>
    </message>
    <message>
        <source>Set {what} of {name} to {value:g}</source>
        <translation>{name}의 {what}을(를) {value:g}(으)로 설정</translation>
    </message>
    <message>
        <source>Step Through</source>
        <translation>단계별 실행</translation>
    </message>
    <message>
        <source>Step T&amp;hrough</source>
        <translation>단계별 실행(&amp;H)</translation>
    </message>
    <message>
        <source>Step Through (F11): one training step, number by number</source>
        <translation>단계별 실행 (F11): 학습 한 단계를 수 하나하나로</translation>
    </message>
    <message>
        <source>Go through one training step on one sample: forward, loss, backward (the chain rule) and the update</source>
        <translation>샘플 하나로 학습 한 단계를 따라갑니다: 순전파, 손실, 역전파(연쇄 법칙), 업데이트</translation>
    </message>
    <message>
        <source>Next Phase</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>The next phase of the step (Right arrow)</source>
        <translation>이 학습 단계의 다음 부분 (오른쪽 화살표)</translation>
    </message>
    <message>
        <source>Previous Phase</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <source>The previous phase of the step (Left arrow)</source>
        <translation>이 학습 단계의 이전 부분 (왼쪽 화살표)</translation>
    </message>
    <message>
        <source>&amp;Weights on Connections</source>
        <translation>연결선에 가중치 표시(&amp;W)</translation>
    </message>
    <message>
        <source>Draw each weight of a small network as its own line: width for its size, blue positive, orange negative; live while training</source>
        <translation>작은 신경망의 가중치를 하나하나 선으로 그립니다: 굵기는 크기, 파랑은 양수, 주황은 음수. 학습 중에도 실시간으로 바뀝니다</translation>
    </message>
    <message>
        <source>Step-through needs a network that can train and no training running: see the status bar.</source>
        <translation>단계별 실행에는 학습할 수 있는 신경망이 필요하고, 학습이 돌고 있지 않아야 합니다: 상태 표시줄을 보세요.</translation>
    </message>
    <message>
        <source>Cannot step: {0}</source>
        <translation>단계를 실행할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Loading PyTorch… (the first step-through takes a few seconds)</source>
        <translation>PyTorch를 불러오는 중… (첫 단계별 실행은 몇 초 걸립니다)</translation>
    </message>
    <message>
        <source>Step Through: loading PyTorch…</source>
        <translation>단계별 실행: PyTorch를 불러오는 중…</translation>
    </message>
    <message>
        <source>The network changed since this step was recorded; recording again.</source>
        <translation>이 단계를 기록한 뒤 신경망이 바뀌어 다시 기록합니다.</translation>
    </message>
    <message>
        <source>Step taken: the weights changed as the update showed.</source>
        <translation>업데이트 적용: 가중치가 업데이트에 나온 대로 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Cannot change that weight: {0}</source>
        <translation>그 가중치를 바꿀 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>L = {0}  (y = {1})</source>
        <translation>L = {0}  (y = {1})</translation>
    </message>
    <message>
        <source>largest change of unit {0}&apos;s weights</source>
        <translation>유닛 {0}의 가중치 중 가장 큰 변화</translation>
    </message>
    <message>
        <source>Weights from {0} into {1}: W is {2}×{3}</source>
        <translation>{0}에서 {1}(으)로 가는 가중치: W는 {2}×{3}</translation>
    </message>
    <message>
        <source>  … all of them in the Step Through panel</source>
        <translation>  … 전부는 단계별 실행 패널에</translation>
    </message>
    <message>
        <source>{0}
Sent back to {1}: {2}</source>
        <translation>{0}
{1}(으)로 되돌려 보냄: {2}</translation>
    </message>
    <message>
        <source>The decision line w1·x1 + w2·x2 + b = 0 is drawn on the decision boundary.</source>
        <translation>결정 경계 위에 결정 직선 w1·x1 + w2·x2 + b = 0이 그려집니다.</translation>
    </message>
    <message>
        <source>Training is running: the step-through goes on when it stops.</source>
        <translation>학습 중입니다: 학습이 멈추면 단계별 실행이 이어집니다.</translation>
    </message>
    <message>
        <source>Click to type a new value.</source>
        <translation>클릭해 새 값을 입력하세요.</translation>
    </message>
</context>
</TS>
